/// Text as a workbook's XML can carry it, so that what the office reads is what was recorded
/// and no cell can make the file unreadable.
///
/// Cell text is written with `worksheet_write_string`, which stores it in the shared-string
/// table as text: it is never a formula, so `=HYPERLINK(…)` typed at a kiosk stays inert text
/// (unlike CSV, no `'` guard is needed or added). Two things libxlsxwriter 1.1.4 leaves to us:
///
/// - **Characters XML 1.0 forbids.** libxlsxwriter writes C0 controls as `_xHHHH_` escapes,
///   which Excel turns back into the invisible control character; U+FFFE and U+FFFF it writes
///   raw, which makes the file invalid; a NUL would cut the C string short. Every one of these
///   (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) is **replaced by U+FFFD
///   (�)**, so the cell shows that something unprintable was there. Tab, line feed and carriage
///   return are kept.
/// - **Literal `_xHHHH_` text.** Spreadsheets decode `_x0041_` in cell text as `A`; a literal
///   one is written as `_x005F_x0041_` (an escaped underscore) so it reads back as typed.
enum SpreadsheetText {
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` ready for `worksheet_write_string`.
    static func cell(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "_" || isForbiddenInXML($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        let source = Array(text.unicodeScalars)
        var index = 0
        while index < source.count {
            let scalar = source[index]
            if isForbiddenInXML(scalar) {
                scalars.append(replacement)
            } else {
                if scalar == "_", startsEscape(source, at: index) { scalars.append(contentsOf: "_x005F".unicodeScalars) }
                scalars.append(scalar)
            }
            index += 1
        }
        return String(scalars)
    }

    /// The characters XML 1.0 does not allow in a document, tab, line feed and carriage return excepted.
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Whether `_xHHHH_` (four hex digits, either case) starts at `index`.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy(\.properties.isASCIIHexDigit)
    }
}
