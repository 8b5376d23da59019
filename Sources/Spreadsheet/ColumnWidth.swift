import QuartermasterCore

/// Column widths that fit what the column shows, so nobody has to widen columns by hand:
/// measured in terminal cells (`DisplayWidth`), where a Chinese character counts two, which is
/// also about how much wider it is than a Latin one in a spreadsheet's default font.
enum ColumnWidth {
    /// Room for the autofilter's drop-down button beside each header.
    static let filterButton = 2
    /// No column narrower than this (a blank column stays easy to click).
    static let minimum = 6
    /// No column wider than this: a long note wraps or is read in the formula bar.
    static let maximum = 60
    /// Space between the widest text and the next column.
    static let padding = 1

    /// The width the column gets for its widest shown text.
    static func width(forShown cells: Int) -> Double {
        Double(min(max(cells, minimum) + padding, maximum))
    }

    /// How many cells `text` shows: its longest line's display width. Plain printable ASCII,
    /// most of an export, is counted by its length without a look at each character.
    static func shown(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var widest = 0
        var line = 0
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                widest = max(widest, line)
                line = 0
            } else {
                line += DisplayWidth.of(character)
            }
        }
        return max(widest, line)
    }

    /// How many cells a prepared cell shows: text as written, numbers, dates and times as
    /// their formats show them, which is the CSV text of the original cell.
    static func shown(_ prepared: PreparedCell, as original: ExportCell) -> Int {
        switch prepared {
        case .empty: 0
        case .text(let text, _): shown(text)
        case .number, .date, .timestamp: original.text.count
        }
    }
}
