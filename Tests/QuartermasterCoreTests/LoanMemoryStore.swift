import Foundation
import QuartermasterCore

/// An in-memory store that keeps loans, for the loans job's `perform` (the real one is the
/// station database, tested on a SQLite file in StorageTests). Records what it was asked.
final class LoanMemoryStore: StationStore, LoanStore, CountlessStore, OpenPicklessStore, @unchecked Sendable {
    let stationTimeZone: TimeZone
    var assets: [String: Asset] = [:]
    var people: [String: Person] = [:]
    var open: [String: Loan] = [:]
    var requests: [LoanRequest] = []
    var overdueAskedFor: [CalendarDate] = []
    var failure: StationProblem?

    init(timeZone: TimeZone) { stationTimeZone = timeZone }

    func person(badge: String) throws(StationProblem) -> Person? { people[badge] }
    func item(barcode: String) throws(StationProblem) -> Item? { nil }
    func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail? { nil }
    func recordPickup(_ commit: PickupCommit) throws(StationProblem) -> PickupOutcome {
        throw StationProblem(.system, "not here", advice: "")
    }
    func recordStockChange(_ change: StockChange) throws(StationProblem) -> Item {
        throw StationProblem(.system, "not here", advice: "")
    }

    func checkIn(_ scan: LoanReturn) throws(StationProblem) -> LoanCheckIn {
        if let failure { throw failure }
        guard var loan = open.removeValue(forKey: scan.tag) else { return .notOut(assets[scan.tag]!) }
        loan.returnedAt = scan.time
        loan.returnedBy = scan.returnedBy
        return .returned(listing(loan))
    }

    func lend(_ request: LoanRequest) throws(StationProblem) -> LoanListing {
        if let failure { throw failure }
        requests.append(request)
        let loan = Loan(tag: request.tag, borrowerBadge: request.borrowerBadge, lentBy: request.lentBy, lentAt: request.time,
                        due: request.due, station: request.station)
        open[request.tag] = loan
        return listing(loan)
    }

    func overdueLoans(on today: CalendarDate) throws(StationProblem) -> [LoanListing] {
        overdueAskedFor.append(today)
        return open.values.filter { $0.isOverdue(today: today) }.sorted { $0.due < $1.due }.map(listing)
    }

    private func listing(_ loan: Loan) -> LoanListing {
        LoanListing(loan: loan, assetName: assets[loan.tag]?.name ?? loan.tag, borrowerName: people[loan.borrowerBadge]?.name ?? loan.borrowerBadge)
    }
}
