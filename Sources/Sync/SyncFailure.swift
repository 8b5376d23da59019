public import QuartermasterCore

/// Why a sync did not finish, for the status line, the log and `sync now`'s exit: what
/// happened and what to do, like every problem a person can meet.
public struct SyncFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The centre could not be reached, or answered with a server error: try again later.
        case offline
        /// The centre turned the station away (401, 403, 400, 413): retrying will not help
        /// until someone acts.
        case refused(status: Int)
        /// The centre's sequence and the station's disagree (409): reported, never papered over.
        case gap(PushGap)
        /// The centre's reference data could not be applied here (a code clash, an unreadable
        /// record): the events went, the page waits until the centre corrects it.
        case unusableReference
        /// The station is not enrolled.
        case notEnrolled
    }

    public var kind: Kind
    public var message: String
    public var advice: String?

    public init(_ kind: Kind, _ message: String, advice: String? = nil) {
        self.kind = kind
        self.message = message
        self.advice = advice
    }

    public var description: String {
        advice.map { message + " " + $0 } ?? message
    }

    /// Whether trying again later may succeed by itself.
    public var isTransient: Bool { kind == .offline }

    static let notEnrolled = SyncFailure(
        .notEnrolled, "This station is not enrolled with a centre.",
        advice: "Ask the administrator for an enrolment code (quartermaster central station add NAME) and run quartermaster sync enrol URL CODE --data DIR.")
}
