public import QuartermasterCore

/// Why the centre refused a request, for the server to turn into a status code and for a
/// person to read: what happened and what to do. A struct wrapping a private enum (as
/// Hummingbird and ServiceLifecycle do), so new cases never break a caller's `switch`.
public struct CentralStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds a caller can act on (the server maps each to one HTTP status).
    public enum Kind: Sendable, Hashable {
        /// An event names another station than the token's (403).
        case foreignStation
        /// The enrolment code is unknown, used already, or its station was revoked (403).
        case enrolmentRefused
        /// The name, station or item the request names does not exist (404).
        case notFound
        /// The request conflicts with what is stored: a name taken, an id reused (409).
        case conflict
        /// The request itself is malformed (400).
        case invalidInput
        /// The request is well formed but names what cannot be: an unknown item, an absurd
        /// quantity, a rejection without a reason (422).
        case unprocessable
        /// The database could not be opened, read or written (500/503).
        case database
    }

    public let kind: Kind
    public let message: String
    public let advice: String?

    public init(_ kind: Kind, _ message: String, advice: String? = nil) {
        self.kind = kind
        self.message = message
        self.advice = advice
    }

    public var description: String {
        advice.map { "\(message) \($0)" } ?? message
    }

    /// The refusal as the sync protocol's problem body.
    public var problem: SyncProblem { SyncProblem(message: message, advice: advice) }
}
