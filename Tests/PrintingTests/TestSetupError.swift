/// A test could not set up what it needs; the message says what to install or fix.
struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
