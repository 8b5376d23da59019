/// The MIME type of a document sent to a queue.
///
/// Saying the format instead of letting the scheduler guess matters for label printers:
/// ZPL looks like text, and a guessed `text/plain` would be typeset onto a page instead
/// of reaching the printer untouched.
public struct PrintDocumentFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The MIME type, e.g. "application/pdf".
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A PDF page (slips and labels rendered by the station).
    public static let pdf = Self(rawValue: "application/pdf")
    /// Bytes for the printer itself (ZPL, EPL, ESC/POS), passed through a raw queue.
    public static let raw = Self(rawValue: "application/vnd.cups-raw")
    /// Plain text, typeset by the scheduler.
    public static let plainText = Self(rawValue: "text/plain")

    public var description: String { rawValue }
}
