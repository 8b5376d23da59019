/// One line of `count list`: a session and how far it got.
public struct CountSessionSummary: Sendable, Hashable {
    public var session: CountSession
    /// Assets the register held in scope when it opened.
    public var expected: Int
    /// Tags counted so far.
    public var counted: Int

    public init(session: CountSession, expected: Int, counted: Int) {
        self.session = session
        self.expected = expected
        self.counted = counted
    }
}
