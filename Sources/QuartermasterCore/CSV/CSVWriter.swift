/// Writes CSV that scripts and spreadsheets read correctly and safely: plain RFC 4180 UTF-8
/// (quoting, CRLF line ends, no byte order mark, so `python -m csv` and scripts read the
/// first column's name as written), a byte order mark on request for Excel (which otherwise
/// reads Chinese names as a legacy code page), and always a guard against formula injection
/// (a name such as `=HYPERLINK(…)` typed at the kiosk must not run when the office opens the
/// export).
public enum CSVWriter {
    /// A whole file: header, then one record per row, each ended by CRLF.
    public static func document(header: [String], rows: [[String]], byteOrderMark: Bool = false) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += record(header) + "\r\n"
        for row in rows { text += record(row) + "\r\n" }
        return text
    }

    /// One record's fields, separated by commas, without a line end.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// One field, guarded against formulas, then quoted if it holds a comma, a quote or a line end.
    public static func field(_ value: String) -> String {
        let guarded = startsLikeFormula(value) ? "'" + value : value
        guard guarded.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return guarded
        }
        var quoted = "\""
        for scalar in guarded.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    // MARK: Formula guard

    /// True for text a spreadsheet would evaluate: it starts with `=`, `+`, `-` or `@` (or a tab
    /// or CR, which some spreadsheets skip before looking) and is not simply a number such as
    /// the `-3` of a pickup movement, which must stay a number.
    static func startsLikeFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return !isPlainNumber(value)
    }

    /// `-3`, `+12`, `0.5`, `-1.5e3`: a decimal number and nothing else.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let integer = scalars.prefix(while: isDigit)
        scalars = scalars.dropFirst(integer.count)
        var fraction = Substring.UnicodeScalarView.SubSequence()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix(while: isDigit)
            scalars = scalars.dropFirst(fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            scalars = scalars.dropFirst(exponent.count)
        }
        return scalars.isEmpty
    }
}
