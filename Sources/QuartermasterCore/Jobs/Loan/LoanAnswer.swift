/// How the loans job's effects went. Each answer after a write carries the overdue list read
/// right after it, or nil if that read failed (the write stands; the screen keeps its old list).
public enum LoanAnswer: Sendable, Hashable {
    case checkedIn(LoanCheckIn, board: LoanBoard?)
    case lent(LoanListing, board: LoanBoard?)
    case board(LoanBoard)
    /// The store refused the write or could not be asked; nothing was recorded.
    case refused(StationProblem)
    /// Only the overdue list was asked for, and it could not be read.
    case boardUnavailable(StationProblem)
}
