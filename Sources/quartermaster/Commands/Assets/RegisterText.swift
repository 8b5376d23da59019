import QuartermasterCore

/// How the register's text reaches a terminal: every value came from an import or a person,
/// so each one passes `TerminalText.escaped` (an ESC sequence in a Snipe-IT name must not
/// repaint the admin's screen, nor a newline forge a line of output).
enum RegisterText {
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "-" }
        return TerminalText.escaped(text)
    }

    /// A cost in cents as the office reads it (`8999.00`).
    static func cost(_ cents: Int?) -> String {
        cents.map(AssetsCSV.cost) ?? "-"
    }

    /// One line per row, columns separated by two spaces and padded to the widest cell
    /// (display width, so Chinese names line up).
    static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
