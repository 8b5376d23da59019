internal import QuartermasterCore

/// A failure the station's admin can act on (a scanner directory that cannot be watched, a
/// terminal that is not one): what happened and what to do. The text often quotes what
/// someone else supplied, so it is escaped once, here, line by line.
public struct StationRuntimeError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
    }
}
