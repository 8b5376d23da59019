internal import QuartermasterCore

/// The journal's `count.opened`: the session, and how big its scope and snapshot are.
struct CountOpenedPayload: Encodable {
    var session: CountSession
    /// Every location the scope covers, subtrees expanded.
    var locations: [String]
    var expected: Int
}
