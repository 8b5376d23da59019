// MARK: - ByteEscaping

/// Turns scanned or decoded bytes into text that is safe to print on a terminal, a kiosk line
/// or a log: a barcode can carry ESC sequences, GS separators or bytes that are not UTF-8, and
/// none of those may reach a screen raw. Printable text, Chinese included, passes unchanged;
/// control characters as `\xHH` (GS prints `\x1d`), other invisible Unicode (C1 controls,
/// bidirectional overrides) as `\u{HHHH}`, bytes that are not UTF-8 as `\xHH`, and the
/// backslash itself as `\x5c`, so the escaping can be undone. One escaper for every scan path:
/// `scan replay`, `scan listen` and `scan image` print the same bytes the same way.
enum ByteEscaping {
    static func escaped(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
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
