public import Foundation

/// An asset handed to a borrower: what the store records as one `loan.lent` fact, or refuses
/// whole (a disposed asset, one already out, a disabled badge).
public struct LoanRequest: Sendable, Hashable, Codable {
    public var tag: String
    public var borrowerBadge: String
    public var due: CalendarDate
    /// Who handed it over (the keeper signed in, or `--actor` at the CLI).
    public var lentBy: String
    public var station: String
    public var time: Date

    public init(tag: String, borrowerBadge: String, due: CalendarDate, lentBy: String, station: String, time: Date) {
        self.tag = tag
        self.borrowerBadge = borrowerBadge
        self.due = due
        self.lentBy = lentBy
        self.station = station
        self.time = time
    }
}
