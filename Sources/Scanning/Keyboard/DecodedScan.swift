import QuartermasterCore

/// One scan as the keyboard decoder assembled it from a scanner's key events: the bytes typed,
/// which scanner typed them, when, and whether something went wrong.
///
/// Kept as bytes, not a `String`: control characters (GS between GS1 fields, EOT, RS) are
/// data for the classifier, and bytes that are not UTF-8 must be flagged rather than repaired.
public struct DecodedScan: Hashable, Sendable {
    // MARK: Value

    /// What the scanner typed, without its terminator, at most the decoder's limit.
    public var bytes: [UInt8]
    /// Which scanner: the id of its `ScannerIdentity`, or the recording's name.
    public var device: String
    /// The time of the event that ended the scan (kernel timestamp since the Unix epoch).
    public var time: Duration
    /// What ended it.
    public var ending: ScanEnding
    /// Why it must not be used as is; nil for a good scan.
    public var problem: DecodedScanProblem?

    public init(bytes: [UInt8], device: String, time: Duration, ending: ScanEnding, problem: DecodedScanProblem? = nil) {
        self.bytes = bytes
        self.device = device
        self.time = time
        self.ending = ending
        self.problem = problem
    }

    // MARK: Text

    /// The scan as text; nil if the bytes are not UTF-8.
    public var text: String? {
        let decoded = String(decoding: bytes, as: UTF8.self)
        return decoded.utf8.elementsEqual(bytes) ? decoded : nil
    }

    /// The scan made safe for a terminal or a log line, by the escaper every terminal output
    /// uses (`TerminalText`): printable text as is, control characters as `\xHH` (GS prints
    /// `\x1d`), C1 controls and other invisible Unicode as `\u{H…}`, bytes that are not UTF-8
    /// as `\xHH`.
    public var escaped: String { Self.escaped(bytes) }

    /// See `escaped`.
    public static func escaped(_ bytes: [UInt8]) -> String { TerminalText.escaped(bytes: bytes) }
}
