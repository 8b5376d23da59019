/// Something an adapter could not do, said so a person can act on it. Adapters translate their
/// own failures (SQLite busy, disk full, stock changed under us) into one of these.
public struct StationProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The request contradicts what the store holds now (stock changed, requisition closed).
        case conflict
        /// The database is busy or locked; trying again shortly should work.
        case busy
        /// Something is wrong with the machine (disk full, file unreadable); tell the admin.
        case system
        /// Input that cannot be accepted as given (bad CSV, unknown reference).
        case invalidInput
    }

    public var kind: Kind
    /// What happened, in plain words.
    public var message: String
    /// What the person should do about it.
    public var advice: String

    public init(_ kind: Kind, _ message: String, advice: String) {
        self.kind = kind
        self.message = message
        self.advice = advice
    }

    public var description: String { advice.isEmpty ? message : "\(message) \(advice)" }
}
