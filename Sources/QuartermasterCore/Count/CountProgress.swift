/// One location's state in a count, for the auditor's screen: how many assets the register
/// expected there, how many tags were counted there, and which expected ones nobody has found
/// yet (anywhere in the session). A blind count's screen shows `found` only.
public struct CountProgress: Sendable, Hashable {
    /// An expected asset not yet counted.
    public struct Missing: Sendable, Hashable {
        public var tag: String
        public var name: String

        public init(tag: String, name: String) {
            self.tag = tag
            self.name = name
        }
    }

    public var location: Location
    public var expected: Int
    /// Tags counted at this location, whatever they turned out to be (moved in, surplus…).
    public var found: Int
    /// Expected here and not yet counted anywhere in the session.
    public var missingCount: Int
    /// The first of them by tag; at most `missingShown`, enough for a screen.
    public var missing: [Missing]

    /// How many missing assets the store lists per location; the screen says how many more.
    public static let missingShown = 40

    public init(location: Location, expected: Int, found: Int, missingCount: Int, missing: [Missing]) {
        self.location = location
        self.expected = expected
        self.found = found
        self.missingCount = missingCount
        self.missing = missing
    }
}
