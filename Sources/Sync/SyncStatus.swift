public import Foundation

/// The sync client's state as the kiosk's status line shows it.
public struct SyncStatus: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        /// Everything recorded so far is acknowledged (or the next pass is waiting its turn).
        case idle
        /// A pass is under way.
        case sending
        /// The centre could not be reached; the client tries again with backoff.
        case offline
        /// The centre turned the station away or reported a gap: someone must act.
        case refused
    }

    public var state: State
    /// Events the centre has not acknowledged.
    public var backlog: Int
    /// When the oldest of them was recorded; nil when none waits.
    public var oldestUnsent: Date?
    /// The last failure's words; nil after a success.
    public var problem: String?

    public init(state: State, backlog: Int = 0, oldestUnsent: Date? = nil, problem: String? = nil) {
        self.state = state
        self.backlog = backlog
        self.oldestUnsent = oldestUnsent
        self.problem = problem
    }
}
