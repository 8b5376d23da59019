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

    /// The scan made safe for a terminal or a log line: printable text as is, control
    /// characters as `\xHH` (GS prints `\x1d`), other invisible Unicode controls as `\u{HHHH}`,
    /// bytes that are not UTF-8 as `\xHH`, and the backslash itself as `\x5c` so the escaping
    /// can be undone.
    public var escaped: String { Self.escaped(bytes) }

    /// See `escaped`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = scalar(in: bytes, at: index) {
                out += escape(scalar)
                index += length
            } else {
                out += hex(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// The well-formed UTF-8 sequence starting at `index` (no overlongs, no surrogates), or nil.
    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 3 ? 0x800 : length == 4 ? 0x10000 : 0x80
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20, 0x5C, 0x7F: return hex(UInt8(scalar.value))
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                return "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                return String(scalar)
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
