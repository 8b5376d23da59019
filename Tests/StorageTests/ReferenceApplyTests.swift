import Foundation
import QuartermasterCore
import Storage
import Testing

/// Reference pages from the centre applied to a real station database, kind by kind: through
/// the rules of each import, withdrawals marked and never deleted, and a change the rules refuse
/// refused alone while the rest of its page is applied and the cursor moves on.
@Suite("Reference apply", .serialized)
struct ReferenceApplyTests {
    let fixture: StationFixture
    var db: StationDatabase { fixture.database }
    static let time = Date(timeIntervalSince1970: 1_764_676_800)  // 2025-12-02 12:00 UTC
    static let auditor = "100231"
    private var cursor = Cursor()

    final class Cursor { var value: Int64 = 0 }

    init() throws {
        fixture = try StationFixture()
        try fixture.database.saveSyncLink(centreURL: "http://127.0.0.1:1", stationName: "一楼库房", token: "t", at: Self.time)
    }

    static func body(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One page of changes, each at the next cursor, applied as the sync client applies it.
    @discardableResult
    func apply(_ changes: [(kind: String, key: String, body: String?)], at time: Date = time) throws -> ReferenceApplication {
        let page = ReferencePage(changes: changes.map { change in
            cursor.value += 1
            return ReferenceChange(cursor: cursor.value, kind: change.kind, key: change.key, body: change.body)
        }, cursor: cursor.value, more: false)
        return try db.applyReference(page, at: time)
    }

    func put(_ kind: String, _ key: String, _ value: some Encodable) throws -> (kind: String, key: String, body: String?) {
        (kind, key, try Self.body(value))
    }

    func sql(_ query: String) throws -> String {
        let result = try SQLiteShell.run(query, on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func openCount(_ scope: [String], at time: Date = time) throws -> CountSession {
        try db.openCount(CountOpening(scope: scope, blind: false, openedBy: Self.auditor, station: StationFixture.station, time: time))
    }

    func close(_ session: String, at time: Date) throws {
        let today = CalendarDate(time, in: db.stationTimeZone)
        _ = try db.closeCount(CountClosing(session: session, closedBy: Self.auditor, station: StationFixture.station, time: time,
                                           acceptAllMoves: false, lastCounted: today, nextCount: today.adding(days: 90)))
    }

    static let site = Location(code: "LOC-ZB", name: "总部")
    static let room = Location(code: "LOC-ZB-3F-301", name: "总部 3楼 301 会议室, \"大\"", parentCode: "LOC-ZB")
    static let laptop = Asset(tag: "FA-000123", name: "联想笔记本电脑", model: "ThinkPad X1", category: "电脑", locationCode: "LOC-ZB-3F-301",
                              status: .inUse, custodianBadge: "100231", purchaseDate: CalendarDate("2025-03-01"), costCents: 899_900)
    static let projector = Asset(tag: "FA-000124", name: "投影仪", locationCode: "LOC-ZB-3F-301", status: .inUse)

    // MARK: Locations

    @Test func locationsArriveThroughTheImportAndAWithdrawnOneIsMarkedNotDeleted() throws {
        // The child first: the import takes a parent later in the page.
        let applied = try apply([try put("location", Self.room.code, Self.room), try put("location", Self.site.code, Self.site)])
        #expect(applied.refused.isEmpty)
        #expect(Set(try db.locations()) == [Self.site, Self.room])
        #expect(try db.syncLink()?.referenceCursor == cursor.value)
        #expect(try db.journal().contains { $0.kind == .locationsImported && $0.actorBadge == "centre" && $0.payload.contains("301 会议室") })

        try apply([("location", Self.room.code, nil)])
        #expect(try db.locations().contains(Self.room))  // still there: facts may point at it
        #expect(try sql("SELECT withdrawn FROM location WHERE code = 'LOC-ZB-3F-301'") == "1")
        #expect(try db.journal().contains { $0.kind == .locationsImported && $0.payload.contains("\"withdrawn\":[\"LOC-ZB-3F-301\"]") })
        #expect(throws: StationProblem.self) { try openCount([Self.room.code]) }
        // A count of the site no longer covers the withdrawn room.
        let session = try openCount([Self.site.code])
        #expect(try sql("SELECT count(*) FROM count_scope WHERE session_id = '\(session.id)'") == "1")

        try apply([try put("location", Self.room.code, Self.room)])  // put back
        #expect(try sql("SELECT withdrawn FROM location WHERE code = 'LOC-ZB-3F-301'") == "0")
    }

    // MARK: Assets

    @Test func assetsArriveAndATagThatIsAnItemCodeIsRefusedAloneAndReported() throws {
        try apply([try put("location", Self.site.code, Self.site), try put("location", Self.room.code, Self.room)])
        var clash = Self.projector
        clash.tag = "PEN"  // the code of an item at this station
        let before = try db.journal().count
        let applied = try apply([try put("asset", Self.laptop.tag, Self.laptop), try put("asset", clash.tag, clash), try put("asset", Self.projector.tag, Self.projector)])
        #expect(applied.refused.map(\.key) == ["PEN"])
        #expect(applied.refused.first?.reason.contains("item PEN") == true)
        #expect(try db.syncLink()?.referenceCursor == cursor.value)  // not blocked
        #expect(try db.asset(tag: "FA-000123") == Self.laptop)
        #expect(try db.asset(tag: "FA-000124") != nil)
        #expect(try db.asset(tag: "PEN") == nil)
        let journal = try db.journal().dropFirst(before)
        #expect(journal.contains { $0.kind == .assetsImported && $0.payload.contains("联想笔记本电脑") && !$0.payload.contains("\"tag\":\"PEN\"") })
        #expect(journal.contains { $0.kind == .referenceRefused && $0.payload.contains("\"key\":\"PEN\"") })

        // The count recognises the register the centre sent.
        let session = try openCount([Self.site.code])
        #expect(try db.countProgress(session: session.id, location: Self.room).expected == 2)
        let scan = try db.recordCountScan(CountTagScan(session: session.id, tag: "FA-000123", locationCode: Self.room.code, countedBy: Self.auditor,
                                                       station: StationFixture.station, time: Self.time.addingTimeInterval(60)))
        #expect(scan.scanClass == .foundInPlace)
    }

    /// A requisition the centre withdraws, or moves to another site's storeroom, is cancelled
    /// here so it is not handed out twice; one this counter already picked against stays.
    @Test func aWithdrawnRequisitionIsCancelledUnlessPickedHere() throws {
        try db.importRequisitions(csv: StationFixture.requisitions, file: "领用单.csv", actorBadge: StationFixture.clerk, time: Self.time)
        _ = try db.recordPickup(PickupCommit(
            requisitionNumber: "YPQ-2024-003", picks: [.init(itemCode: "A4-70", quantity: 1)], keeperBadge: StationFixture.keeper,
            recipientBadge: "100232", acceptedByKeeper: false, station: StationFixture.station, time: Self.time))
        let applied = try apply([("requisition", "YPQ-2024-001", nil), ("requisition", "YPQ-2024-003", nil), ("requisition", "YPQ-2099-404", nil)])
        #expect(applied.applied == 1)
        #expect(applied.skipped == 2)  // picked here; never here
        let cancelled = try #require(try db.requisition(number: "YPQ-2024-001"))
        #expect(cancelled.status == .cancelled)
        #expect(cancelled.lines.map(\.approved) == [8, 2])  // its lines kept as they were
        #expect(try db.requisition(number: "YPQ-2024-003")?.status == .partlyPicked)
        #expect(throws: StationProblem.self) {
            try db.recordPickup(PickupCommit(
                requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "PEN", quantity: 1)], keeperBadge: StationFixture.keeper,
                recipientBadge: "100231", acceptedByKeeper: false, station: StationFixture.station, time: Self.time))
        }
    }

    @Test func aWithdrawnAssetIsKeptAndNoLongerExpectedInACount() throws {
        try apply([try put("location", Self.site.code, Self.site), try put("location", Self.room.code, Self.room),
                   try put("asset", Self.laptop.tag, Self.laptop), try put("asset", Self.projector.tag, Self.projector)])
        let applied = try apply([("asset", Self.projector.tag, nil), ("asset", "FA-999999", nil)])
        #expect(applied.applied == 1)
        #expect(applied.skipped == 1)  // never here
        #expect(try db.asset(tag: Self.projector.tag) != nil)
        #expect(try sql("SELECT withdrawn FROM asset WHERE tag = 'FA-000124'") == "1")
        let session = try openCount([Self.room.code])
        #expect(try db.countProgress(session: session.id, location: Self.room).expected == 1)

        // Found in the room all the same: surplus here (no longer this site's), and registered
        // on the spot it is back in the register, at the room, with what the register knew.
        let scan = try db.recordCountScan(CountTagScan(session: session.id, tag: Self.projector.tag, locationCode: Self.room.code, countedBy: Self.auditor,
                                                       station: StationFixture.station, time: Self.time.addingTimeInterval(60)))
        #expect(scan.scanClass == .surplus)
        let back = try db.registerSurplus(SurplusRegistration(session: session.id, tag: Self.projector.tag, name: "投影仪", locationCode: Self.room.code,
                                                              registeredBy: Self.auditor, station: StationFixture.station, time: Self.time.addingTimeInterval(90)))
        #expect(back.locationCode == Self.room.code)
        #expect(try sql("SELECT withdrawn, location_code FROM asset WHERE tag = 'FA-000124'") == "0|LOC-ZB-3F-301")
        #expect(try db.journal().last?.kind == .assetRegistered)
    }

    @Test func anAssetMovedHereKeepsItsLocationAndTakesTheCentresOtherValues() throws {
        let store = Location(code: "LOC-ZB-B1", name: "总部 地下库房", parentCode: "LOC-ZB")
        try apply([try put("location", Self.site.code, Self.site), try put("location", Self.room.code, Self.room),
                   try put("location", store.code, store), try put("asset", Self.laptop.tag, Self.laptop)])
        try db.moveAsset(tag: Self.laptop.tag, to: store.code, reason: "借调", actorBadge: Self.auditor, time: Self.time)
        var renamed = Self.laptop
        renamed.name = "联想笔记本电脑（新）"
        renamed.status = .idle
        try apply([try put("asset", renamed.tag, renamed)])
        let stored = try #require(try db.asset(tag: Self.laptop.tag))
        #expect(stored.name == "联想笔记本电脑（新）")
        #expect(stored.locationCode == store.code)  // the station's fact
        #expect(stored.status == .inUse)
    }

    // MARK: Invites

    @Test func aCentreInviteIsRecognisedAtReceptionAndAWithdrawnOneIsNot() throws {
        let today = CalendarDate(Self.time, in: db.stationTimeZone)
        let invite = CentralInvite(code: "INV-7K2M9Q", visitorName: "王芳", company: "华为, \"北京\"", hostBadge: "100231", date: today, purpose: "面试")
        let unknownHost = CentralInvite(code: "INV-8P3R4S", visitorName: "刘洋", company: "", hostBadge: "999999", date: today, purpose: "送货")
        let withdrawn = CentralInvite(code: "INV-9T5V6W", visitorName: "陈静", company: "", hostBadge: "100232", date: today, purpose: "开会")
        let applied = try apply([try put("invite", invite.code, invite), try put("invite", unknownHost.code, unknownHost), try put("invite", withdrawn.code, withdrawn)])
        #expect(applied.refused.map(\.key) == ["INV-8P3R4S"])
        #expect(try db.journal().contains { $0.kind == .visitInvited && $0.actorBadge == "centre" && $0.payload.contains("面试") })
        // The centre counts the visitor once whichever reception signs them in: by the code.
        #expect(try db.journal().contains { $0.kind == .visitInvited && $0.payload.contains(#""invite":"INV-7K2M9Q""#) })
        #expect(try db.journal().contains { $0.kind == .referenceRefused && $0.payload.contains("999999") })

        try apply([("invite", withdrawn.code, nil)])
        guard case .signedIn(let pass) = try db.signIn(invite: invite.code, rulesVersion: nil, station: StationFixture.station, time: Self.time) else {
            Issue.record("the centre's invite was not recognised")
            return
        }
        #expect(pass.name == "王芳")
        #expect(try db.signIn(invite: withdrawn.code, rulesVersion: nil, station: StationFixture.station, time: Self.time) == .refused(.unknownInvite))
        #expect(try db.signIn(invite: unknownHost.code, rulesVersion: nil, station: StationFixture.station, time: Self.time) == .refused(.unknownInvite))

        // Used here: a later change from the centre leaves the visit as it is.
        var changed = invite
        changed.purpose = "复试"
        #expect(try apply([try put("invite", invite.code, changed)]).skipped == 1)
        #expect(try db.visits().first { $0.visit.inviteCode == invite.code }?.visit.purpose == "面试")

        // The next day's closing: the withdrawn invite was called off, not missed.
        _ = try db.closeOpenVisits(at: Self.time.addingTimeInterval(86_400), actor: "100200")
        #expect(try sql("SELECT status, anonymised, invite_code IS NULL FROM visit WHERE withdrawn = 1") == "expected|1|1")
        #expect(try db.journal().filter { $0.kind == .visitNoShow }.isEmpty)
    }

    // MARK: Campaigns

    @Test func aSessionOpenedWhereAndWhenACampaignRunsBelongsToIt() throws {
        let today = CalendarDate(Self.time, in: db.stationTimeZone)
        let campaign = CountCampaign(id: "2025-Q4-总部", name: "2025年第四季度盘点", locations: [Self.site.code], starts: today.adding(days: -3), ends: today.adding(days: 10))
        let later = CountCampaign(id: "2026-Q1-总部", name: "2026年第一季度盘点", locations: [Self.site.code], starts: today.adding(days: 30), ends: today.adding(days: 40))
        let broken = CountCampaign(id: "坏", name: "", locations: [], starts: today, ends: today)
        let applied = try apply([try put("location", Self.site.code, Self.site), try put("location", Self.room.code, Self.room),
                                 try put("campaign", campaign.id, campaign), try put("campaign", later.id, later), try put("campaign", broken.id, broken)])
        #expect(applied.refused.map(\.key) == ["坏"])
        #expect(try db.journal().contains { $0.kind == .campaignsImported && $0.payload.contains("2025年第四季度盘点") })

        // A room under the campaign's site, on one of its days.
        let session = try openCount([Self.room.code])
        #expect(session.campaign == CountSession.Campaign(id: campaign.id, name: campaign.name))
        #expect(try db.openCountSession(holding: Self.room.code)?.campaign?.name == "2025年第四季度盘点")
        #expect(try db.journal().contains { $0.kind == .countOpened && $0.payload.contains("\"campaign\":{\"id\":\"2025-Q4-总部\"") })
        try close(session.id, at: Self.time.addingTimeInterval(60))

        // Outside its days, or withdrawn, it takes no session.
        #expect(try openCount([Self.room.code], at: Self.time.addingTimeInterval(20 * 86_400)).campaign == nil)
        try close(try #require(try db.openCountSession(holding: Self.room.code)).id, at: Self.time.addingTimeInterval(20 * 86_400 + 60))
        try apply([("campaign", campaign.id, nil)])
        #expect(try openCount([Self.room.code], at: Self.time.addingTimeInterval(120)).campaign == nil)
    }
}
