public import Foundation

/// What the loans job needs from the station's database, beside `StationStore`. A separate seam
/// so a store that keeps no loans (an engine test's memory store) need not pretend to: the loans
/// job asks for it when it performs an effect and says so if it is missing.
public protocol LoanStore {
    /// The station's time zone: which day an instant falls on, for due dates and "overdue".
    var stationTimeZone: TimeZone { get }
    /// An asset scanned in: closes its open loan (one `loan.returned` fact) and says so, or says
    /// it was not out and records nothing.
    func checkIn(_ scan: LoanReturn) throws(StationProblem) -> LoanCheckIn
    /// Lends an asset as one `loan.lent` fact, or refuses and records nothing.
    func lend(_ request: LoanRequest) throws(StationProblem) -> LoanListing
    /// Loans out and due before `today`, the longest overdue first.
    func overdueLoans(on today: CalendarDate) throws(StationProblem) -> [LoanListing]
}
