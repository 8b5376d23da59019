import Foundation
import Testing
import QuartermasterCore
import Storage

/// Visits in a real station database: invites once and on their day, badges that sign out once,
/// the deny list, the closing-time sweep and retention, each change with its journal entries.
@Suite struct VisitTests {
    static let arrival = Date(timeIntervalSince1970: 1_709_284_320)  // 2024-03-01T09:12:00Z

    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    var today: CalendarDate { CalendarDate(Self.arrival, in: database.stationTimeZone) }

    init() throws {
        fixture = try StationFixture()
    }

    func kinds(after sequence: Int64) throws -> [JournalEventKind] {
        try database.journal(after: sequence).map(\.kind)
    }

    func lastSequence() throws -> Int64 { try database.journal().last?.sequence ?? 0 }

    func walkIn(_ name: String, at time: Date = arrival) -> WalkInRegistration {
        WalkInRegistration(name: name, company: "华为技术有限公司, \"深圳\"", phone: "+86 138 0000 0000", purpose: "面试",
                           hostBadge: "100231", rulesVersion: "7", station: StationFixture.station, time: time)
    }

    @Test func anInviteSignsInOnceOnItsDayWithAFreshBadge() throws {
        let invite = try database.invite(name: "陈静", company: "ACME, Inc.", purpose: "audit", hostBadge: "100231", date: today, time: Self.arrival.addingTimeInterval(-86_400))
        let code = try #require(invite.inviteCode)
        #expect(code.wholeMatch(of: try Regex(ScanPatterns.default.visitorInvite)) != nil)
        let before = try lastSequence()
        guard case .signedIn(let pass) = try database.signIn(invite: code, rulesVersion: "7", station: StationFixture.station, time: Self.arrival) else {
            Issue.record("not signed in"); return
        }
        #expect(pass.name == "陈静" && pass.hostName == "Zhang San")
        #expect(pass.badgeCode.wholeMatch(of: try Regex(ScanPatterns.default.visitorBadge)) != nil)
        #expect(try kinds(after: before) == [.visitSignedIn, .hostNotified])
        let again = try database.signIn(invite: code, rulesVersion: "7", station: StationFixture.station, time: Self.arrival.addingTimeInterval(600))
        guard case .refused(.alreadySignedIn(let first)) = again else { Issue.record("second use: \(again)"); return }
        #expect(first.count == 5)
        #expect(try kinds(after: before) == [.visitSignedIn, .hostNotified])
        #expect(try database.onSite().map(\.visit.name) == ["陈静"])
    }

    @Test func anInviteForAnotherDayOrUnknownIsRefusedAndNothingRecorded() throws {
        let invite = try database.invite(name: "陈静", company: "", purpose: "", hostBadge: "100231", date: today.adding(days: 1), time: Self.arrival)
        let before = try lastSequence()
        #expect(try database.signIn(invite: invite.inviteCode!, rulesVersion: nil, station: "hq-1", time: Self.arrival) == .refused(.wrongDay(expected: today.adding(days: 1))))
        #expect(try database.signIn(invite: "INV-0000000000", rulesVersion: nil, station: "hq-1", time: Self.arrival) == .refused(.unknownInvite))
        #expect(try lastSequence() == before)
    }

    @Test func aBadgeSignsItsVisitOutOnceThenIsDead() throws {
        guard case .signedIn(let pass) = try database.signIn(walkIn("李雷")) else { Issue.record("not signed in"); return }
        let before = try lastSequence()
        #expect(try database.signOut(badgeCode: pass.badgeCode, by: nil, station: "hq-1", time: Self.arrival.addingTimeInterval(3600)) == .signedOut(name: "李雷"))
        #expect(try kinds(after: before) == [.visitSignedOut])
        #expect(try database.signOut(badgeCode: pass.badgeCode, by: nil, station: "hq-1", time: Self.arrival.addingTimeInterval(3700)) == .refused(.badgeDead))
        #expect(try database.signOut(badgeCode: "VB-999999999999", by: nil, station: "hq-1", time: Self.arrival) == .refused(.badgeDead))
        #expect(try kinds(after: before) == [.visitSignedOut])
        #expect(try database.onSite().isEmpty)
        let visit = try #require(try database.visits().first?.visit)
        #expect(visit.status == .left && visit.departure == Self.arrival.addingTimeInterval(3600))
    }

    @Test(arguments: ["JOHN DOE", "ｊｏｈｎ　ｄｏｅ", "Johnny D"])
    func theDenyListRefusesWithoutABadgeAndTellsTheJournal(name: String) throws {
        try database.denyVisitor(names: ["John Doe", "Johnny D"], note: "trespass 2023")
        let before = try lastSequence()
        #expect(try database.signIn(walkIn(name)) == .seeReception)
        #expect(try kinds(after: before) == [.visitRefused])
        #expect(try database.onSite().isEmpty)
        #expect(try database.visits().first?.visit.status == .refused)
    }

    @Test func hostsAreFoundByPartOfTheirNameInAnyCase() throws {
        #expect(try database.hosts(matching: "zhang", limit: 6).map(\.badge) == ["100231"])
        #expect(try database.hosts(matching: "ＬＩ　Ｓ", limit: 6).map(\.badge) == ["100232"])
        #expect(try database.hosts(matching: "a", limit: 2).count == 2)
        #expect(try database.hosts(matching: "   ", limit: 6).isEmpty)
    }

    @Test func closingTimeClosesOpenVisitsAsNotSignedOut() throws {
        guard case .signedIn = try database.signIn(walkIn("李雷")) else { Issue.record("not signed in"); return }
        guard case .signedIn(let gone) = try database.signIn(walkIn("韩梅梅")) else { Issue.record("not signed in"); return }
        _ = try database.signOut(badgeCode: gone.badgeCode, by: nil, station: "hq-1", time: Self.arrival.addingTimeInterval(60))
        let before = try lastSequence()
        let closed = try database.closeOpenVisits(at: Self.arrival.addingTimeInterval(36_000), actor: "station")
        #expect(closed.map(\.visit.name) == ["李雷"])
        #expect(closed.first?.visit.status == .notSignedOut)
        #expect(try kinds(after: before) == [.visitAutoClosed])
        #expect(try database.onSite().isEmpty)
    }

    @Test func closingTimeMarksPastInvitesAsNoShowsAndLeavesTodaysExpected() throws {
        let yesterday = CalendarDate(Self.arrival.addingTimeInterval(-86_400), in: database.stationTimeZone)
        let past = try database.invite(name: "王芳", company: "某公司", purpose: "面试", hostBadge: "100231", date: yesterday, time: Self.arrival.addingTimeInterval(-2 * 86_400))
        let due = try database.invite(name: "赵敏", company: "某公司", purpose: "面试", hostBadge: "100231", date: today, time: Self.arrival.addingTimeInterval(-86_400))
        let before = try lastSequence()
        _ = try database.closeOpenVisits(at: Self.arrival.addingTimeInterval(36_000), actor: "station")
        #expect(try kinds(after: before) == [.visitNoShow])
        let statuses = Dictionary(uniqueKeysWithValues: try database.visits().map { ($0.visit.inviteCode ?? "", $0.visit.status) })
        #expect(statuses[past.inviteCode ?? ""] == .noShow)
        #expect(statuses[due.inviteCode ?? ""] == .expected)
    }

    @Test func retentionAnonymisesOldClosedVisitsAndNothingElse() throws {
        let old = Self.arrival.addingTimeInterval(-100 * 86_400)
        guard case .signedIn(let oldPass) = try database.signIn(walkIn("李雷", at: old)) else { Issue.record("not signed in"); return }
        _ = try database.signOut(badgeCode: oldPass.badgeCode, by: nil, station: "hq-1", time: old.addingTimeInterval(3600))
        guard case .signedIn = try database.signIn(walkIn("韩梅梅", at: old)) else { Issue.record("not signed in"); return }  // still on site: kept
        guard case .signedIn(let recent) = try database.signIn(walkIn("陈静")) else { Issue.record("not signed in"); return }
        _ = try database.signOut(badgeCode: recent.badgeCode, by: nil, station: "hq-1", time: Self.arrival.addingTimeInterval(60))
        let before = try database.visits()
        let sequence = try lastSequence()
        #expect(try database.anonymiseVisits(olderThan: 90, today: today, time: Self.arrival, actor: "station") == 1)
        #expect(try kinds(after: sequence) == [.visitAnonymised])
        let after = try database.visits()
        #expect(after.count == before.count)
        let changed = try #require(after.first { $0.visit.id == before[0].visit.id }?.visit)
        #expect(changed.name == "" && changed.company == "" && changed.phone == nil && changed.anonymised)
        #expect(changed.arrival == before[0].visit.arrival && changed.departure == before[0].visit.departure)
        #expect(changed.hostBadge == "100231" && changed.purpose == "面试" && changed.status == .left)
        #expect(Array(after.dropFirst()) == Array(before.dropFirst()))
        #expect(!(try database.journal(after: sequence).first?.payload.contains("李雷") ?? true))
        // Nothing of the visitor outlives the visit row in the append-only journal: not the
        // sign-in, not the host notice, not the sign-out.
        let everything = try database.journal(after: 0).map(\.payload).joined(separator: "\n")
        for personal in ["李雷", "韩梅梅", "陈静"] { #expect(!everything.contains(personal), "\(personal) is in the journal") }
        #expect(try database.anonymiseVisits(olderThan: 90, today: today, time: Self.arrival, actor: "station") == 0)
    }

    /// Invite and badge codes are in the one table of codes: a scan of one is known as what it
    /// is whatever the scan patterns say, and no imported badge can take one over.
    @Test func visitorCodesAreKnownCodesThatNothingElseCanTake() throws {
        let invite = try database.invite(name: "陈静", company: "ACME", purpose: "audit", hostBadge: "100231", date: today, time: Self.arrival)
        let inviteCode = try #require(invite.inviteCode)
        guard case .signedIn(let pass) = try database.signIn(walkIn("李雷")) else { Issue.record("not signed in"); return }
        #expect(try database.code(inviteCode) == .visitorInvite(inviteCode))
        #expect(try database.code(pass.badgeCode) == .visitorBadge(pass.badgeCode))
        _ = try database.signOut(badgeCode: pass.badgeCode, by: nil, station: "hq-1", time: Self.arrival.addingTimeInterval(60))
        #expect(try database.code(pass.badgeCode) == .visitorBadge(pass.badgeCode), "a dead badge is still nobody else's")

        let before = try database.people().count
        #expect(throws: ImportProblem.self) {
            try database.importPeople(csv: "badge,name,department,roles\n\(pass.badgeCode),王五,行政部,employee\n", file: "people.csv", actorBadge: "C01", time: Self.arrival)
        }
        do {
            try database.importPeople(csv: "badge,name,department,roles\n\(inviteCode),王五,行政部,employee\n", file: "people.csv", actorBadge: "C01", time: Self.arrival)
        } catch {
            #expect("\(error)".contains("\(inviteCode) is already the invite of visit \(invite.id ?? 0)"), "\(error)")
        }
        #expect(try database.people().count == before)
        let rows = try SQLiteShell.run("SELECT kind || ':' || owner FROM code WHERE code LIKE 'INV-%' OR code LIKE 'VB-%' ORDER BY kind;", on: fixture.path)
        #expect(rows.output.trimmingCharacters(in: .whitespacesAndNewlines) == "visitor_badge:2\nvisitor_invite:1")
    }

    @Test func theSchemaRefusesAVisitOnSiteWithoutABadge() throws {
        let result = try SQLiteShell.run("""
            INSERT INTO visit (name, company, purpose, host_badge, expected_date, status, station)
            VALUES ('x', '', '', '100231', '2024-03-01', 'on_site', 'hq-1');
            """, on: fixture.path)
        #expect(result.status != 0)
        #expect(StationDatabase.knownMigrations.contains("v5-visits"))
    }
}
