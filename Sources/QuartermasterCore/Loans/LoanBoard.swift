/// The overdue loans as of one day: what the loans screen lists below its prompt.
public struct LoanBoard: Sendable, Hashable {
    /// The station's today when the list was read.
    public var today: CalendarDate
    /// Out and due before `today`, the longest overdue first.
    public var overdue: [LoanListing]

    public init(today: CalendarDate, overdue: [LoanListing]) {
        self.today = today
        self.overdue = overdue
    }
}
