// MARK: - ByteEscaping

/// Turns decoded bytes into text that is safe to print on a terminal or a kiosk line: a
/// barcode can carry ESC sequences, GS separators or bytes that are not UTF-8 at all, and none
/// of those may reach a screen raw. Printable text, Chinese included, passes unchanged;
/// control characters, invalid UTF-8 and the backslash itself become `\xHH` per byte, so the
/// output can be read back unambiguously.
enum ByteEscaping {
    static func escaped(_ bytes: some Collection<UInt8>) -> String {
        var output = ""
        var rest = Array(bytes)[...]
        while let first = rest.first {
            let length = Self.sequenceLength(first)
            if length > 1, rest.count >= length,
               let scalar = String(validating: rest.prefix(length), as: UTF8.self)?.unicodeScalars.first,
               !Self.isControl(scalar) {
                output.unicodeScalars.append(scalar)
                rest = rest.dropFirst(length)
            } else if length == 1, (0x20..<0x7F).contains(first), first != UInt8(ascii: "\\") {
                output.unicodeScalars.append(UnicodeScalar(first))
                rest = rest.dropFirst()
            } else {
                output += hex(first)
                rest = rest.dropFirst()
            }
        }
        return output
    }

    /// `\x1D` for 29: two uppercase hex digits, always.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// How many bytes the UTF-8 sequence led by `lead` claims (1 for ASCII and stray bytes).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 1
        }
    }

    /// C1 controls, and the bidirectional overrides that can make printed text lie.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }
}
