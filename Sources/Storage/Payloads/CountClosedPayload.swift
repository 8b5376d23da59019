internal import QuartermasterCore

/// The journal's `count.closed`: the tallies, the moves applied (each also an `asset.moved`),
/// and the count dates set on every asset the session found.
struct CountClosedPayload: Encodable {
    var closing: CountClosing
    var expected: Int
    var outcomes: [String: Int]
    var movesApplied: [String]
    var datesSet: Int
}
