public import Foundation

/// Lendable equipment out to a person (the seeds' apply → approve → take → return loop): who has
/// it, who handed it over, since when, until when, and — once back — who took it back when.
/// One open loan per asset at a time; returned loans stay as history.
public struct Loan: Sendable, Hashable, Codable {
    /// The asset's tag (`FA-000123`).
    public var tag: String
    /// The borrower's badge.
    public var borrowerBadge: String
    /// The keeper (or clerk, through the CLI) who handed it over.
    public var lentBy: String
    public var lentAt: Date
    /// The expected return day on the office calendar.
    public var due: CalendarDate
    public var returnedAt: Date?
    public var returnedBy: String?
    /// Where it was lent.
    public var station: String

    public init(
        tag: String, borrowerBadge: String, lentBy: String, lentAt: Date, due: CalendarDate,
        returnedAt: Date? = nil, returnedBy: String? = nil, station: String
    ) {
        self.tag = tag
        self.borrowerBadge = borrowerBadge
        self.lentBy = lentBy
        self.lentAt = lentAt
        self.due = due
        self.returnedAt = returnedAt
        self.returnedBy = returnedBy
        self.station = station
    }

    /// Still with the borrower.
    public var isOut: Bool { returnedAt == nil }

    /// Days past the due date: as of `today` while the loan is out (overdue means due before
    /// today and not returned), as of the day it came back once returned (how late it was).
    /// Zero when not late. `timeZone` is the station's: it says which day the return fell on.
    public func overdueDays(today: CalendarDate, timeZone: TimeZone) -> Int {
        let day = returnedAt.map { CalendarDate($0, in: timeZone) } ?? today
        return max(0, day.days(since: due))
    }

    /// Out and due before `today`.
    public func isOverdue(today: CalendarDate) -> Bool {
        isOut && due < today
    }
}
