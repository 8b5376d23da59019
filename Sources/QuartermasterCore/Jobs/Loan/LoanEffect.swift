public import Foundation

/// What the loans job asks the engine to do.
public enum LoanEffect: JobEffect {
    /// An asset was scanned: return it if it is out, else say it is not; answered with
    /// `.checkedIn` or `.refused`.
    case checkIn(LoanReturn)
    /// Lend the asset for `days` days from the day of `time` (the due day is counted in the
    /// station's time zone, which only the store knows); answered with `.lent` or `.refused`.
    case lend(tag: String, borrowerBadge: String, days: Int, lentBy: String, station: String, time: Date)
    /// Read the overdue loans as of the day of `time`; answered with `.board` or `.refused`.
    case showOverdue(at: Date)

    public var isRecording: Bool {
        switch self {
        case .checkIn, .lend: return true
        case .showOverdue: return false
        }
    }
}
