public import Foundation

/// How the pickup's effects went.
public enum PickupAnswer: Sendable, Hashable {
    /// The store recorded the pickup, at the time the recipient confirmed.
    case recorded(PickupOutcome, at: Date)
    /// The store refused it and recorded nothing.
    case refused(StationProblem)
    /// The slip went out; the text says where (a printer queue or a file).
    case slipProduced(String)
    case slipFailed(StationProblem)
}
