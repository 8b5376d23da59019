import Foundation
import QuartermasterCore
import Storage
import Testing

/// Counts on a real SQLite file: opening (scope expanded, snapshot, refusals), one transaction
/// per tag scan classified against the register as it is then, duplicates journalled but
/// counted once, moves accepted and applied at closing, surplus registered on the spot, count
/// dates set, and write-offs of what stayed missing.
@Suite("Count storage", .serialized)
struct CountStorageTests {
    let fixture: StationFixture
    var db: StationDatabase { fixture.database }
    static let auditor = "100231"
    static let t0 = Date(timeIntervalSince1970: 1_764_662_400)  // 2025-12-02 08:00 UTC

    /// A site with a floor of two rooms, a store room elsewhere, and assets in them.
    static let register = """
        INSERT INTO location (code, name) VALUES ('LOC-HQ', '总部'), ('LOC-WH', '仓库');
        INSERT INTO location (code, name, parent_code) VALUES ('LOC-HQ-3F', '总部 3楼', 'LOC-HQ');
        INSERT INTO location (code, name, parent_code) VALUES ('LOC-HQ-301', '301 会议室', 'LOC-HQ-3F'), ('LOC-HQ-302', '302 财务室', 'LOC-HQ-3F');
        INSERT INTO asset (tag, name, category, location_code, status, cost_cents) VALUES
            ('FA-000001', '笔记本电脑', '电脑', 'LOC-HQ-301', 'in_use', 650000),
            ('FA-000002', '投影仪', '设备', 'LOC-HQ-301', 'in_use', 300000),
            ('FA-000003', '办公桌', '家具', 'LOC-HQ-302', 'in_use', 80000),
            ('FA-000004', '保险柜', '家具', 'LOC-HQ-302', 'in_store', 120050),
            ('FA-000005', '椅子', '家具', 'LOC-WH', 'idle', 20000),
            ('FA-000006', '旧打印机', '设备', 'LOC-HQ-302', 'disposed', 0);
        """

    init() throws {
        fixture = try StationFixture()
        let result = try SQLiteShell.run(Self.register, on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
    }

    func open(_ scope: [String], blind: Bool = false, minutes: Double = 0) throws -> CountSession {
        try db.openCount(CountOpening(scope: scope, blind: blind, openedBy: Self.auditor, station: StationFixture.station,
                                      time: Self.t0.addingTimeInterval(minutes * 60)))
    }

    @discardableResult
    func scan(_ session: CountSession, _ tag: String, at location: String, by badge: String = auditor, minutes: Double = 1) throws -> CountScanResult {
        try db.recordCountScan(CountTagScan(session: session.id, tag: tag, locationCode: location, countedBy: badge,
                                            station: StationFixture.station, time: Self.t0.addingTimeInterval(minutes * 60)))
    }

    func sql(_ query: String) throws -> String {
        let result = try SQLiteShell.run(query, on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func journal(_ kind: JournalEventKind) throws -> [JournalEntry] {
        try db.journal().filter { $0.kind == kind }
    }

    // MARK: Opening

    @Test func openingExpandsTheScopeAndSnapshotsWhatIsExpected() throws {
        let session = try open(["LOC-HQ"])
        #expect(session.id.hasPrefix("CNT-20251202-") && session.id.count == 19)
        #expect(session.scope == ["LOC-HQ"] && session.isOpen)
        #expect(try sql("SELECT group_concat(location_code, ',') FROM (SELECT location_code FROM count_scope WHERE session_id = '\(session.id)' ORDER BY 1)")
                == "LOC-HQ,LOC-HQ-301,LOC-HQ-302,LOC-HQ-3F")
        #expect(try sql("SELECT group_concat(tag || '@' || location_code, ',') FROM (SELECT * FROM count_expected WHERE session_id = '\(session.id)' ORDER BY tag)")
                == "FA-000001@LOC-HQ-301,FA-000002@LOC-HQ-301,FA-000003@LOC-HQ-302,FA-000004@LOC-HQ-302", "disposed and out-of-scope assets are not expected")
        let opened = try #require(try journal(.countOpened).last)
        #expect(opened.actorBadge == Self.auditor)
        #expect(opened.payload.contains("\"expected\":4"))
        #expect(try db.openCountSession(holding: "LOC-HQ-302")?.id == session.id, "a room finds the count of its site")
        #expect(try db.openCountSession(holding: "LOC-WH") == nil)
        let progress = try db.countProgress(session: session.id, location: Location(code: "LOC-HQ-301", name: "301 会议室"))
        #expect(progress.expected == 2 && progress.found == 0 && progress.missingCount == 2)
        #expect(progress.missing.map(\.name) == ["笔记本电脑", "投影仪"])
    }

    @Test func openingRefusesUnknownCodesByNameAndOverlapsWithAnOpenCount() throws {
        #expect {
            try open(["LOC-HQ-301", "LOC-NOPE", "FA-000001"])
        } throws: { error in
            let problem = error as? StationProblem
            return problem?.kind == .invalidInput && problem?.message.contains("\"LOC-NOPE\", \"FA-000001\"") == true
        }
        let first = try open(["LOC-HQ-3F"])
        #expect {
            try open(["LOC-HQ"])
        } throws: { error in
            (error as? StationProblem)?.message.contains("already being counted in \(first.id)") == true
        }
        #expect(try sql("SELECT count(*) FROM count_session") == "1", "a refused open leaves nothing behind")
        let blind = try open(["LOC-WH"], blind: true)
        #expect(blind.scope == ["LOC-WH"], "a scope that does not overlap opens")
        #expect(try db.openCountSession(holding: "LOC-WH")?.blind == true, "a blind count stays blind for every kiosk")
    }

    // MARK: Scanning

    @Test func eachScanIsClassifiedAndRecordedOnceWithWhoWhereAndWhen() throws {
        let session = try open(["LOC-HQ"])
        let found = try scan(session, "FA-000001", at: "LOC-HQ-301", minutes: 1)
        #expect(found.scanClass == .foundInPlace && found.asset?.name == "笔记本电脑")
        #expect(found.progress.found == 1 && found.progress.missing.map(\.tag) == ["FA-000002"])
        #expect(try scan(session, "FA-000003", at: "LOC-HQ-301", minutes: 2).scanClass == .moved(registeredAt: "LOC-HQ-302"))
        #expect(try scan(session, "FA-000005", at: "LOC-HQ-302", minutes: 3).scanClass == .moved(registeredAt: "LOC-WH"))
        #expect(try scan(session, "FA-000006", at: "LOC-HQ-302", minutes: 4).scanClass == .disposed)
        #expect(try scan(session, "FA-900001", at: "LOC-HQ-302", minutes: 5).scanClass == .surplus)

        let duplicate = try scan(session, "FA-000001", at: "LOC-HQ-302", by: "100232", minutes: 6)
        guard case .duplicate(let earlier) = duplicate.scanClass else {
            Issue.record("not a duplicate: \(duplicate.scanClass)")
            return
        }
        #expect(earlier.locationCode == "LOC-HQ-301" && earlier.countedBy == Self.auditor)
        #expect(try sql("SELECT count(*) FROM count_scan WHERE tag = 'FA-000001'") == "1", "counted once")
        let dup = try #require(try journal(.countDuplicate).last)
        #expect(dup.actorBadge == "100232" && dup.payload.contains("\"locationCode\":\"LOC-HQ-302\"") && dup.time == Self.t0.addingTimeInterval(360))

        #expect(try sql("""
            SELECT group_concat(tag || ':' || outcome || ':' || location_code || ':' || counted_by || ':' || station || ':' || coalesce(registered_location, '-'), ' ')
            FROM (SELECT * FROM count_scan ORDER BY time)
            """) == "FA-000001:found:LOC-HQ-301:100231:hq-1:LOC-HQ-301 FA-000003:moved:LOC-HQ-301:100231:hq-1:LOC-HQ-302 "
                + "FA-000005:moved:LOC-HQ-302:100231:hq-1:LOC-WH FA-000006:disposed:LOC-HQ-302:100231:hq-1:LOC-HQ-302 FA-900001:surplus:LOC-HQ-302:100231:hq-1:-")
        #expect(try sql("SELECT count(*) FROM count_scan s JOIN journal j ON j.id = s.journal_id WHERE j.kind = 'count.scanned'") == "5")
        #expect(try sql("SELECT location_code FROM asset WHERE tag = 'FA-000003'") == "LOC-HQ-302", "nothing in the register changes before closing")
    }

    @Test func theRegisterIsReadInsideTheScansTransaction() throws {
        let session = try open(["LOC-HQ"])
        // Someone moves the desk in the register between the kiosk's look-up and the scan.
        _ = try sql("UPDATE asset SET location_code = 'LOC-HQ-301' WHERE tag = 'FA-000003'; UPDATE asset SET status = 'disposed' WHERE tag = 'FA-000002';")
        #expect(try scan(session, "FA-000003", at: "LOC-HQ-301").scanClass == .foundInPlace)
        #expect(try scan(session, "FA-000002", at: "LOC-HQ-301").scanClass == .disposed)
    }

    @Test func closedSessionsAndLocationsOutsideTheScopeAreRefused() throws {
        let session = try open(["LOC-HQ-3F"])
        #expect(throws: StationProblem.self) { try scan(session, "FA-000005", at: "LOC-WH") }
        _ = try db.closeCount(closing(session))
        #expect {
            try scan(session, "FA-000001", at: "LOC-HQ-301")
        } throws: { error in
            let problem = error as? StationProblem
            return problem?.kind == .conflict && problem?.message.contains("has been closed") == true
        }
        #expect(try sql("SELECT count(*) FROM count_scan") == "0")
    }

    @Test func scansSurviveARestart() throws {
        let session = try open(["LOC-HQ"])
        try scan(session, "FA-000001", at: "LOC-HQ-301")
        try fixture.reopen()
        #expect(try db.openCountSession(holding: "LOC-HQ-301")?.id == session.id)
        if case .duplicate = try scan(session, "FA-000001", at: "LOC-HQ-301").scanClass {} else { Issue.record("the scan before the restart was lost") }
        #expect(try db.reconciliation(session: session.id)?.rows(.found).map(\.tag) == ["FA-000001"])
    }

    // MARK: Moves and surplus

    @Test func aMoveIsAcceptedOnlyForAMovedScan() throws {
        let session = try open(["LOC-HQ"])
        try scan(session, "FA-000003", at: "LOC-HQ-301")
        try scan(session, "FA-000001", at: "LOC-HQ-301")
        try db.acceptCountMove(CountMoveAcceptance(session: session.id, tag: "FA-000003", acceptedBy: Self.auditor, station: StationFixture.station, time: Self.t0))
        #expect(try sql("SELECT move_accepted FROM count_scan WHERE tag = 'FA-000003'") == "1")
        #expect(try journal(.countMoveAccepted).count == 1)
        #expect(throws: StationProblem.self) {
            try db.acceptCountMove(CountMoveAcceptance(session: session.id, tag: "FA-000001", acceptedBy: Self.auditor, station: StationFixture.station, time: Self.t0))
        }
    }

    @Test func aSurplusTagIsRegisteredWhereItWasFoundAndStaysSurplus() throws {
        let session = try open(["LOC-HQ"])
        try scan(session, "FA-900001", at: "LOC-HQ-302")
        let registration = SurplusRegistration(session: session.id, tag: "FA-900001", name: "显示器, 27\"", locationCode: "LOC-HQ-302",
                                               registeredBy: Self.auditor, station: StationFixture.station, time: Self.t0)
        let asset = try db.registerSurplus(registration)
        #expect(asset.locationCode == "LOC-HQ-302" && asset.status == .inUse)
        #expect(try db.code("FA-900001") == .asset(asset))
        #expect(try journal(.assetRegistered).last?.payload.contains("surplus found in count \(session.id)") == true)
        let row = try #require(try db.reconciliation(session: session.id)?.rows.first { $0.tag == "FA-900001" })
        #expect(row.outcome == .surplus && row.name == "显示器, 27\"")
        #expect(throws: StationProblem.self, "only a surplus tag") {
            try db.registerSurplus(SurplusRegistration(session: session.id, tag: "FA-000001", name: "x", locationCode: "LOC-HQ-302",
                                                       registeredBy: Self.auditor, station: StationFixture.station, time: Self.t0))
        }
        #expect(throws: StationProblem.self, "not twice") { try db.registerSurplus(registration) }
    }

    // MARK: Closing

    func closing(_ session: CountSession, all: Bool = false) -> CountClosing {
        CountClosing(session: session.id, closedBy: Self.auditor, station: StationFixture.station, time: Self.t0.addingTimeInterval(3600),
                     acceptAllMoves: all, lastCounted: CalendarDate("2025-12-02")!, nextCount: CalendarDate("2026-03-02")!)
    }

    /// The desk moved within the scope (accepted at the kiosk), the chair moved in from the
    /// store room (not accepted), the projector and the safe missing.
    func countedSession() throws -> CountSession {
        let session = try open(["LOC-HQ"])
        try scan(session, "FA-000001", at: "LOC-HQ-301")
        try scan(session, "FA-000003", at: "LOC-HQ-301")
        try db.acceptCountMove(CountMoveAcceptance(session: session.id, tag: "FA-000003", acceptedBy: Self.auditor, station: StationFixture.station, time: Self.t0))
        try scan(session, "FA-000005", at: "LOC-HQ-302")
        try scan(session, "FA-000006", at: "LOC-HQ-302")
        try scan(session, "FA-900001", at: "LOC-HQ-302")
        return session
    }

    @Test func closingAppliesAcceptedMovesSetsCountDatesAndLeavesMissingAlone() throws {
        let session = try countedSession()
        let closure = try db.closeCount(closing(session))
        #expect(closure.moves == [CountClosure.Move(tag: "FA-000003", from: "LOC-HQ-302", to: "LOC-HQ-301")])
        #expect(try sql("SELECT group_concat(tag || '@' || location_code || ':' || status || ':' || coalesce(last_counted, '-') || ':' || coalesce(next_count, '-'), ' ') FROM (SELECT * FROM asset ORDER BY tag)")
                == "FA-000001@LOC-HQ-301:in_use:2025-12-02:2026-03-02 FA-000002@LOC-HQ-301:in_use:-:- FA-000003@LOC-HQ-301:in_use:2025-12-02:2026-03-02 "
                + "FA-000004@LOC-HQ-302:in_store:-:- FA-000005@LOC-WH:idle:2025-12-02:2026-03-02 FA-000006@LOC-HQ-302:disposed:-:-")
        #expect(closure.counted == 3)
        let moved = try #require(try journal(.assetMoved).last)
        #expect(moved.payload.contains("\"reason\":\"count \(session.id)\"") && moved.payload.contains("\"before\":\"LOC-HQ-302\"") && moved.payload.contains("\"session\":\"\(session.id)\""))
        #expect(try journal(.countClosed).count == 1)
        let r = closure.reconciliation
        #expect(r.session.closedBy == Self.auditor)
        #expect(r.rows.map { "\($0.tag):\($0.outcome.rawValue)" } == [
            "FA-000001:found", "FA-000002:missing", "FA-000003:moved", "FA-000004:missing", "FA-000005:moved", "FA-000006:disposed", "FA-900001:surplus",
        ])
        #expect(try db.countSession(id: session.id)?.isOpen == false)
        #expect(throws: StationProblem.self, "closed once") { try db.closeCount(closing(session)) }
        // The report read after closing still says where the moved desk came from.
        let after = try #require(try db.reconciliation(session: session.id))
        #expect(after.rows == r.rows)
        #expect(after.rows.first { $0.tag == "FA-000003" }?.expectedLocation == "LOC-HQ-302")
    }

    @Test func acceptMovesAppliesEveryMove() throws {
        let session = try countedSession()
        let closure = try db.closeCount(closing(session, all: true))
        #expect(closure.moves.map(\.tag) == ["FA-000003", "FA-000005"])
        #expect(try sql("SELECT location_code FROM asset WHERE tag = 'FA-000005'") == "LOC-HQ-302")
        let chair = try #require(try db.reconciliation(session: session.id)?.rows.first { $0.tag == "FA-000005" })
        #expect(chair.outcome == .moved && chair.expectedLocation == "LOC-WH" && chair.moveAccepted)
        #expect(try journal(.assetMoved).count == 2)
    }

    // MARK: Writing off

    func writeOff(_ session: CountSession, _ tags: [String]?) -> CountWriteOff {
        CountWriteOff(session: session.id, tags: tags, reason: "盘亏，经调查确认丢失", approver: "李经理", by: Self.auditor,
                      station: StationFixture.station, time: Self.t0.addingTimeInterval(7200), date: CalendarDate("2025-12-03")!)
    }

    @Test func missingAssetsAreWrittenOffWithADisposalRecordAfterClosing() throws {
        let session = try countedSession()
        #expect(throws: StationProblem.self, "not while open") { try db.writeOff(writeOff(session, nil)) }
        _ = try db.closeCount(closing(session))
        #expect(throws: StationProblem.self, "a found asset is not written off") { try db.writeOff(writeOff(session, ["FA-000002", "FA-000001"])) }
        #expect(try sql("SELECT count(*) FROM asset_disposal") == "0", "all or nothing")
        #expect(try db.writeOff(writeOff(session, nil)) == ["FA-000002", "FA-000004"])
        #expect(try sql("SELECT group_concat(tag || ':' || date || ':' || reason || ':' || approver, ' ') FROM (SELECT * FROM asset_disposal ORDER BY tag)")
                == "FA-000002:2025-12-03:盘亏，经调查确认丢失:李经理 FA-000004:2025-12-03:盘亏，经调查确认丢失:李经理")
        #expect(try sql("SELECT group_concat(status) FROM asset WHERE tag IN ('FA-000002', 'FA-000004')") == "disposed,disposed")
        #expect(try sql("SELECT count(*) FROM asset_disposal d JOIN journal j ON j.id = d.journal_id WHERE j.kind = 'asset.disposed'") == "2")
        #expect(throws: StationProblem.self, "not twice") { try db.writeOff(writeOff(session, ["FA-000002"])) }
    }

    @Test func aRecountThatFindsTheAssetStopsItsWriteOff() throws {
        let session = try countedSession()
        _ = try db.closeCount(closing(session))
        let recount = try open(["LOC-HQ-301"], minutes: 120)
        try scan(recount, "FA-000002", at: "LOC-HQ-301", minutes: 121)
        #expect {
            try db.writeOff(writeOff(session, ["FA-000002"]))
        } throws: { error in
            (error as? StationProblem)?.message.contains("found since, in count \(recount.id)") == true
        }
        #expect(try db.writeOff(writeOff(session, ["FA-000004"])) == ["FA-000004"])
    }

    @Test func sessionsAreListedOpenFirst() throws {
        let first = try open(["LOC-HQ-301"], minutes: 0)
        let second = try open(["LOC-WH"], minutes: 5)
        try scan(second, "FA-000005", at: "LOC-WH")
        _ = try db.closeCount(closing(second))
        let third = try open(["LOC-HQ-302"], minutes: 10)
        #expect(try db.countSessions().map(\.session.id) == [third.id, first.id, second.id])
        #expect(try db.countSessions().last.map { [$0.expected, $0.counted] } == [1, 1])
        #expect(try db.lastCountSession(openOnly: true)?.id == third.id)
        #expect(try db.countLocationNames(session: third.id) == ["LOC-HQ-302": "302 财务室"])
    }
}
