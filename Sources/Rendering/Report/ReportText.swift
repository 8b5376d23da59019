// MARK: - ReportText

/// Turns what the report prints from outside (names and tags from imports, badge numbers,
/// location names) and the numbers it works out into text that cannot break the page.
enum ReportText {
    /// `text` with nothing a printer would act on: line breaks and tabs become spaces (a cell
    /// is one line), other control characters become "�" so a reader sees something was
    /// there, and bidirectional overrides are dropped so a name cannot reorder its neighbours.
    static func printable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                scalars.append(" ")
                changed = true
            case 0x202A...0x202E, 0x2066...0x2069:
                changed = true
            default:
                if scalar.properties.generalCategory == .control {
                    scalars.append("\u{FFFD}")
                    changed = true
                } else {
                    scalars.append(scalar)
                }
            }
        }
        return changed ? String(scalars) : text
    }

    /// A whole number with thousands separators: `1234567` → "1,234,567".
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Cents (fen) as money the way the office writes it: `123456` → "1,234.56". Never a
    /// floating-point number on the way, so no cent is ever lost to rounding.
    static func money(cents: Int) -> String {
        let units = cents.magnitude / 100, rest = cents.magnitude % 100
        let text = count(Int(units)) + "." + (rest < 10 ? "0" : "") + String(rest)
        return cents < 0 ? "-" + text : text
    }
}
