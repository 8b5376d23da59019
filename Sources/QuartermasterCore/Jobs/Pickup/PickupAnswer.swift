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
    /// The open pickup's scans were kept (or forgotten) as asked.
    case kept
    /// They could not be: a restart would not bring the scans on the screen back.
    case notKept(StationProblem)
    /// What the store kept of a pickup left open, if anything.
    case leftOpen(LeftOpenPickup?)
    /// The store could not say whether a pickup was left open.
    case leftOpenUnreadable(StationProblem)
}
