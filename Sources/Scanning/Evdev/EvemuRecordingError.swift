/// Why a recording could not be read.
///
/// A recording is evidence in a bug report: a line that does not parse is reported with its
/// number rather than skipped, so nobody debugs a decode that never saw the real events.
public struct EvemuRecordingError: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Kinds

    private enum Code: Hashable, Sendable {
        case malformedEvent(line: Int, text: String)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    // MARK: Making errors

    /// An `E:` line that is not `E: sec.usec type code value`.
    public static func malformedEvent(line: Int, text: String) -> Self {
        Self(.malformedEvent(line: line, text: text))
    }

    // MARK: For people

    public var description: String {
        switch code {
        case let .malformedEvent(line, text):
            """
            Line \(line) of the recording is not an event ("\(text.prefix(80))"): \
            expected "E: seconds.microseconds type code value" as evemu-record writes it.
            """
        }
    }
}
