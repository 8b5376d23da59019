import Foundation
import QuartermasterCore
import Testing

/// The loans job's effects against a store: the due day and "today" are counted in the
/// station's time zone, each write comes back with the overdue list read after it, and a store
/// without loans is said so rather than crashing.
@Suite struct LoanPerformTests {
    typealias F = Fixtures
    typealias L = LoanFixtures
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    static let utc = TimeZone(identifier: "UTC")!
    /// 2024-03-01 17:00 UTC, which is already 2024-03-02 01:00 in Shanghai.
    static let lateEvening = Date(timeIntervalSince1970: 1_709_312_400)

    func store(_ zone: TimeZone) -> LoanMemoryStore {
        let store = LoanMemoryStore(timeZone: zone)
        store.assets = [L.projector.tag: L.projector, L.camera.tag: L.camera]
        store.people = [L.borrower.badge: L.borrower]
        return store
    }

    func lend(_ days: Int, at time: Date) -> LoanEffect {
        .lend(tag: L.projector.tag, borrowerBadge: L.borrower.badge, days: days, lentBy: F.keeper.badge, station: "ST-01", time: time)
    }

    @Test(arguments: [(utc, "2024-03-15", "2024-03-01"), (shanghai, "2024-03-16", "2024-03-02")])
    func theDueDayIsCountedFromTheStationsToday(zone: TimeZone, due: String, today: String) {
        let store = store(zone)
        let answer = LoanJob.perform(lend(14, at: Self.lateEvening), store: store, slips: NoSlips())
        #expect(store.requests.map(\.due) == [CalendarDate(due)!])
        guard case .lent(let listing, let board) = answer else { Issue.record("\(answer)"); return }
        #expect(listing.loan.due == CalendarDate(due)!)
        #expect(listing.borrowerName == "张三")
        #expect(board == LoanBoard(today: CalendarDate(today)!, overdue: []))
    }

    @Test func aReturnComesBackWithTheListAsItNowStands() {
        let store = store(Self.utc)
        store.open[L.camera.tag] = L.loan(L.camera, due: "2024-02-20").loan
        store.open[L.projector.tag] = L.loan(due: "2024-02-25").loan
        let scan = LoanReturn(tag: L.projector.tag, returnedBy: F.keeper.badge, station: "ST-01", time: F.t0)
        let answer = LoanJob.perform(.checkIn(scan), store: store, slips: NoSlips())
        var returned = L.loan(due: "2024-02-25").loan
        returned.returnedAt = F.t0
        returned.returnedBy = F.keeper.badge
        #expect(answer == .checkedIn(
            .returned(LoanListing(loan: returned, assetName: L.projector.name, borrowerName: L.borrower.name)),
            board: LoanBoard(today: L.today, overdue: [L.loan(L.camera, due: "2024-02-20")])))
        #expect(LoanJob.perform(.checkIn(scan), store: store, slips: NoSlips()) == .checkedIn(.notOut(L.projector), board: L.board([L.loan(L.camera, due: "2024-02-20")])))
    }

    @Test func theOverdueListIsAskedForTheStationsToday() {
        let store = store(Self.shanghai)
        #expect(LoanJob.perform(.showOverdue(at: Self.lateEvening), store: store, slips: NoSlips())
            == .board(LoanBoard(today: CalendarDate("2024-03-02")!, overdue: [])))
        #expect(store.overdueAskedFor == [CalendarDate("2024-03-02")!])
    }

    @Test func aRefusedWriteIsRefusedAndAnUnreadableListIsSaidSo() {
        let store = store(Self.utc)
        let busy = StationProblem(.busy, "The station database is busy.", advice: "Wait a moment.")
        store.failure = busy
        #expect(LoanJob.perform(lend(14, at: F.t0), store: store, slips: NoSlips()) == .refused(busy))
        #expect(LoanJob.perform(.checkIn(LoanReturn(tag: L.projector.tag, returnedBy: F.keeper.badge, station: "ST-01", time: F.t0)),
                                store: store, slips: NoSlips()) == .refused(busy))
    }

    @Test func aStoreWithoutLoansIsSaidSo() {
        let answer = LoanJob.perform(lend(14, at: F.t0), store: NoLoansStore(), slips: NoSlips())
        guard case .refused(let problem) = answer else { Issue.record("\(answer)"); return }
        #expect(problem.kind == .system)
        #expect(problem.message == "This station's store keeps no loans.")
    }
}

/// A slip output the loans job never uses.
struct NoSlips: SlipOutput {
    func produceSlip(id: UUID) throws(StationProblem) -> String { "" }
}

/// A store of the storeroom only.
struct NoLoansStore: StationStore, CountlessStore, OpenPicklessStore {
    func person(badge: String) throws(StationProblem) -> Person? { nil }
    func item(barcode: String) throws(StationProblem) -> Item? { nil }
    func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail? { nil }
    func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome { throw StationProblem(.system, "", advice: "") }
    func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item { throw StationProblem(.system, "", advice: "") }
}
