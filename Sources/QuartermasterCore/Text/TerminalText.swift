/// Text someone else supplied, made inert before it reaches a terminal.
///
/// Names and cells from CSV imports, scanned codes, USB device names, CUPS job titles and
/// printer messages all end up on a terminal that obeys what it is sent: an ESC in a barcode
/// could clear the screen, move the cursor or reprogram keys; a bidi override (U+202E) could
/// make `exe.pdf` read as `fdp.exe` and reorder the rest of the line; a newline inside a quoted
/// CSV cell could forge a line of output that looks like the program's own. Every path that
/// writes such text to a terminal — the kiosk screen, `kiosk --script`, import errors,
/// `printers`, the `scan` commands — passes it through this one escaper, so the rules are the
/// same everywhere:
///
/// - C0 controls (tab, newline and ESC included) and DEL print as `\xHH`: `\x1b`, `\x0a`.
/// - Every other scalar a terminal may act on or not draw prints as `\u{H…}`: C1 controls
///   (`\u{9b}`), format characters such as the bidi overrides and isolates (U+202A–202E,
///   U+2066–2069), zero-width spaces and joiners, the byte-order mark and the soft hyphen; line
///   and paragraph separators; private-use, unassigned and surrogate code points.
/// - In the bytes form, a byte that is not part of well-formed UTF-8 prints as `\xHH`.
/// - Everything else, Chinese and the backslash included, prints as it is.
///
/// The backslash is left alone on purpose: escaping is idempotent (escaping escaped text changes
/// nothing), so a view may escape before it measures columns and the screen renderer escape
/// again as a last defence without `\x1b` turning into `\x5cx1b`. The price is that the escaped
/// text is for eyes, not for decoding: `scan replay --json` keeps the exact text.
/// Hex digits are lower case.
public enum TerminalText {
    // MARK: Escaping

    /// `text` with every scalar that must not reach a terminal raw written out as `\xHH` or
    /// `\u{H…}`; text without any comes back unchanged.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            append(scalar, to: &result)
        }
        return String(result)
    }

    /// `bytes` (a scan, a QR code's payload, a file's header) decoded as strict UTF-8 and escaped
    /// as `escaped(_:)` does; bytes that are not well-formed UTF-8 (overlong forms, surrogates,
    /// cut-off sequences, stray continuation bytes) print as `\xHH`.
    public static func escaped(bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = scalar(in: bytes, at: index) {
                append(scalar, to: &result)
                index += length
            } else {
                result.append(contentsOf: hex(bytes[index]).unicodeScalars)
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `scalar` is escaped: a control, a format character (bidi overrides and isolates,
    /// zero-width characters), a line or paragraph separator, or a private-use, unassigned or
    /// surrogate code point.
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return true
        default:
            return false
        }
    }

    // MARK: Helpers

    private static func append(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        guard needsEscaping(scalar) else {
            result.append(scalar)
            return
        }
        if scalar.value < 0x80 {
            result.append(contentsOf: hex(UInt8(scalar.value)).unicodeScalars)
        } else {
            result.append(contentsOf: ("\\u{" + String(scalar.value, radix: 16) + "}").unicodeScalars)
        }
    }

    /// The well-formed UTF-8 sequence starting at `index` (no overlongs, no surrogates, nothing
    /// above U+10FFFF), with its length; nil when the byte there does not start one.
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

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
