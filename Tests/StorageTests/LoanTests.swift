import Foundation
import QuartermasterCore
import Storage
import Testing

/// Loans on a real SQLite file: lent and returned in one transaction with their journal entry
/// (who, when), refused whole for a disposed, unlendable, unknown or already-lent asset and for
/// an unknown or disabled badge, and listed overdue when due before today and not returned.
@Suite("Loans")
struct LoanTests {
    let fixture: LoanFixture
    init() throws { fixture = try LoanFixture() }
    var database: StationDatabase { fixture.database }

    @Test func aLoanIsRecordedWithItsJournalEntry() throws {
        let before = try database.journal().count
        let listing = try database.lend(fixture.request("FA-000101"))
        #expect(listing.assetName == "投影仪 Epson CB-X06")
        #expect(listing.borrowerName == "王五, \"小王\"")
        #expect(listing.loan == Loan(tag: "FA-000101", borrowerBadge: "100233", lentBy: "K01", lentAt: LoanFixture.lentAt,
                                     due: CalendarDate("2024-03-15")!, station: "hq-1"))
        #expect(try database.loans() == [listing])
        #expect(try database.openLoan(tag: "FA-000101") == listing)

        let journal = try database.journal()
        #expect(journal.count == before + 1)
        let entry = try #require(journal.last)
        #expect(entry.kind == .loanLent)
        #expect(entry.actorBadge == "K01")
        #expect(entry.time == LoanFixture.lentAt)
        #expect(entry.payload == #"{"borrowerBadge":"100233","due":"2024-03-15","lentAt":1709280000000,"lentBy":"K01","station":"hq-1","tag":"FA-000101"}"#)

        let row = try SQLiteShell.run("SELECT tag, borrower, lent_by, lent_at, due, returned_at IS NULL, station FROM loan", on: fixture.path)
        #expect(row.output == "FA-000101|100233|K01|1709280000000|2024-03-15|1|hq-1\n")
    }

    @Test(arguments: [
        ("FA-000105", "100233", LoanProblemCheck(.conflict, "\"旧打印机\" (FA-000105) has been disposed of; it cannot be lent. Nothing was recorded.")),
        ("FA-000103", "100233", LoanProblemCheck(.conflict, "\"办公桌\" (FA-000103) is in use; only assets in store or idle are lent. Change its status first. Nothing was recorded.")),
        ("FA-000104", "100233", LoanProblemCheck(.conflict, "\"笔记本电脑\" (FA-000104) is under repair; only assets in store or idle are lent.")),
        ("FA-999999", "100233", LoanProblemCheck(.invalidInput, "Tag FA-999999 is not in the asset register; nothing was recorded.")),
        ("FA-000101", "100299", LoanProblemCheck(.invalidInput, "Badge 100299 is not among this station's people; nothing was recorded.")),
        ("FA-000101", "100240", LoanProblemCheck(.conflict, "离职员工's badge (100240) is disabled; nothing was recorded.")),
    ])
    func refusedLoansRecordNothing(tag: String, badge: String, check: LoanProblemCheck) throws {
        let before = try fixture.state()
        let problem = try #require(throws: StationProblem.self) { try database.lend(fixture.request(tag, to: badge)) }
        #expect(problem.kind == check.kind)
        #expect(problem.message.hasPrefix(check.message), "\(problem.message)")
        let after = try fixture.state()
        #expect(after.loans == before.loans)
        #expect(after.journal == before.journal)
    }

    @Test func anAssetAlreadyOutIsRefusedSayingToWhomAndSinceWhen() throws {
        _ = try database.lend(fixture.request("FA-000101", to: "100231"))
        let before = try fixture.state()
        let later = LoanFixture.lentAt + 3600
        let problem = try #require(throws: StationProblem.self) { try database.lend(fixture.request("FA-000101", at: later)) }
        #expect(problem.kind == .conflict)
        let since = LoanFixture.minuteInStationZone(LoanFixture.lentAt)
        #expect(problem.message == "\"投影仪 Epson CB-X06\" (FA-000101) is already out to Zhang San (100231) since \(since), due back 2024-03-15; nothing was recorded.")
        #expect(problem.advice == "Scan it in (or `quartermaster loans return FA-000101`) before lending it again.")
        let after = try fixture.state()
        #expect(after.loans == before.loans)
        #expect(after.journal == before.journal)
    }

    @Test func theSchemaItselfKeepsOneOpenLoanPerAsset() throws {
        _ = try database.lend(fixture.request("FA-000101"))
        let result = try SQLiteShell.run(
            "INSERT INTO loan (tag, borrower, lent_by, lent_at, due, station) VALUES ('FA-000101', '100231', 'K01', 1709280000001, '2024-03-20', 'hq-2');",
            on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("UNIQUE constraint failed: loan.tag"), "\(result.error)")
    }

    @Test func aScanOfAnAssetThatIsOutReturnsItAndJournalsWhoTookItBack() throws {
        _ = try database.lend(fixture.request("FA-000102"))
        let back = LoanFixture.lentAt + 5 * 86_400
        let result = try database.checkIn(fixture.scan("FA-000102", at: back, by: "C01"))
        guard case .returned(let listing) = result else { Issue.record("\(result)"); return }
        #expect(listing.loan.returnedAt == back)
        #expect(listing.loan.returnedBy == "C01")
        #expect(listing.assetName == "相机, \"备用\"")
        #expect(try database.openLoan(tag: "FA-000102") == nil)
        #expect(try database.loans() == [listing], "returned loans stay as history")
        let entry = try #require(try database.journal().last)
        #expect(entry.kind == .loanReturned)
        #expect(entry.actorBadge == "C01")
        #expect(entry.time == back)
        #expect(entry.payload.contains(#""returnedAt":1709712000000,"returnedBy":"C01""#), "\(entry.payload)")
        // Lendable again.
        _ = try database.lend(fixture.request("FA-000102", to: "100231", at: back + 60))
        #expect(try database.openLoan(tag: "FA-000102")?.loan.borrowerBadge == "100231")
    }

    @Test func aScanOfAnAssetThatIsInRecordsNothing() throws {
        let before = try fixture.state()
        #expect(try database.checkIn(fixture.scan("FA-000101", at: LoanFixture.lentAt)) == .notOut(
            Asset(tag: "FA-000101", name: "投影仪 Epson CB-X06", category: "办公设备", locationCode: "LOC-HQ-3F", status: .inStore)))
        let problem = try #require(throws: StationProblem.self) { try database.returnLoan(fixture.scan("FA-000101", at: LoanFixture.lentAt)) }
        #expect(problem.kind == .conflict)
        #expect(problem.message == "\"投影仪 Epson CB-X06\" (FA-000101) is not out on loan; nothing was recorded.")
        let unknown = try #require(throws: StationProblem.self) { try database.checkIn(fixture.scan("FA-999999", at: LoanFixture.lentAt)) }
        #expect(unknown.kind == .invalidInput)
        let after = try fixture.state()
        #expect(after.loans == before.loans)
        #expect(after.journal == before.journal)
    }

    @Test func aDisposedAssetThatWasOutCanStillComeBack() throws {
        _ = try database.lend(fixture.request("FA-000101"))
        let disposed = try SQLiteShell.run("UPDATE asset SET status = 'disposed' WHERE tag = 'FA-000101';", on: fixture.path)
        #expect(disposed.status == 0, "\(disposed.error)")
        let result = try database.checkIn(fixture.scan("FA-000101", at: LoanFixture.lentAt + 60))
        guard case .returned = result else { Issue.record("a physical return is never refused: \(result)"); return }
    }

    @Test func aReturnStampedBeforeItsLoanEndsAtTheLoansOwnTime() throws {
        _ = try database.lend(fixture.request("FA-000101"))
        let earlier = LoanFixture.lentAt - 600
        let result = try database.checkIn(fixture.scan("FA-000101", at: earlier))
        guard case .returned(let listing) = result else { Issue.record("\(result)"); return }
        #expect(listing.loan.returnedAt == LoanFixture.lentAt)
        #expect(try database.journal().last?.time == earlier, "the journal keeps the time as given")
    }

    @Test func overdueMeansDueBeforeTodayAndNotReturned() throws {
        _ = try database.lend(fixture.request("FA-000101", to: "100233", due: "2024-03-10"))
        _ = try database.lend(fixture.request("FA-000102", to: "100231", due: "2024-03-05", at: LoanFixture.lentAt + 60))
        let today = CalendarDate("2024-03-10")!
        #expect(try database.overdueLoans(on: today).map(\.loan.tag) == ["FA-000102"], "due today is not overdue yet")
        #expect(try database.overdueLoans(on: CalendarDate("2024-03-11")!).map(\.loan.tag) == ["FA-000102", "FA-000101"], "longest overdue first")
        _ = try database.checkIn(fixture.scan("FA-000102", at: LoanFixture.lentAt + 86_400))
        #expect(try database.overdueLoans(on: CalendarDate("2024-03-11")!).map(\.loan.tag) == ["FA-000101"])
        #expect(try database.loans(outOnly: true).map(\.loan.tag) == ["FA-000101"])
        #expect(try database.loans().map(\.loan.tag) == ["FA-000101", "FA-000102"], "in the order lent")
    }

    @Test func loansSurviveARestart() throws {
        _ = try database.lend(fixture.request("FA-000101"))
        try fixture.station.reopen()
        #expect(try fixture.database.openLoan(tag: "FA-000101")?.borrowerName == "王五, \"小王\"")
    }

    @Test func aLoanNeedsWhoHandedItOver() throws {
        let problem = try #require(throws: StationProblem.self) { try database.lend(fixture.request("FA-000101", by: " ")) }
        #expect(problem.kind == .invalidInput)
        #expect(try database.loans().isEmpty)
    }
}

/// The kind and the start of the message a refusal must carry.
struct LoanProblemCheck: Sendable, CustomStringConvertible {
    var kind: StationProblem.Kind
    var message: String
    init(_ kind: StationProblem.Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
    var description: String { message }
}

extension LoanFixture {
    /// How the store says a loan's start, in the zone it runs in (this process's).
    static func minuteInStationZone(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }
}
