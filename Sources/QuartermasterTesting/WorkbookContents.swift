/// What an xlsx file holds, as `WorkbookReader` read it from the zip's XML: every sheet's
/// cells with their stored type, value and style, and the sheet's frozen pane, filter and
/// column widths. Raw on purpose, so tests check what the file says rather than what a
/// spreadsheet program would make of it.
public struct WorkbookContents: Decodable, Sendable {
    public var sheets: [Sheet]

    public struct Sheet: Decodable, Sendable {
        public var name: String
        public var cells: [Cell]
        public var pane: Pane?
        public var autoFilter: String?
        public var columns: [Column]

        /// The cell at `reference` (`B3`), nil if the file has none there (a blank cell).
        public subscript(_ reference: String) -> Cell? {
            cells.first { $0.reference == reference }
        }

        /// The width stored for the 0-based `column`, nil if none is set.
        public func width(ofColumn column: Int) -> Double? {
            columns.first { $0.min <= column + 1 && column + 1 <= $0.max }?.width
        }

        /// Cells by 0-based row, each row as long as the sheet is wide; nil where there is no cell.
        public var grid: [[Cell?]] {
            let height = (cells.map(\.row).max() ?? -1) + 1
            let width = (cells.map(\.column).max() ?? -1) + 1
            var grid = Array(repeating: [Cell?](repeating: nil, count: width), count: height)
            for cell in cells { grid[cell.row][cell.column] = cell }
            return grid
        }
    }

    public struct Cell: Decodable, Sendable, Hashable {
        /// `A1` style.
        public var reference: String
        /// 0-based.
        public var row: Int
        /// 0-based.
        public var column: Int
        /// The `t` attribute: `s` (shared string), `n` (number, also dates), `inlineStr`, `str`
        /// (a formula's text result), `b`, `e`.
        public var type: String
        /// Text for strings (the `_xHHHH_` escapes decoded, as spreadsheets do), the stored
        /// digits for numbers.
        public var value: String
        /// Whether the cell holds a formula.
        public var formula: Bool
        /// The number format code of the cell's style (`General`, `0.00`, `yyyy-mm-dd`).
        public var format: String
        public var bold: Bool
        public var wrap: Bool
        /// For a number with a date format: `YYYY-MM-DDTHH:MM:SS`, from Excel's 1900 serial.
        public var date: String?

        enum CodingKeys: String, CodingKey {
            case reference = "ref", row, column, type, value, formula, format, bold, wrap, date
        }
    }

    public struct Pane: Decodable, Sendable, Hashable {
        public var state: String?
        public var ySplit: String?
        public var xSplit: String?
        public var topLeftCell: String?
    }

    public struct Column: Decodable, Sendable, Hashable {
        public var min: Int
        public var max: Int
        public var width: Double
    }
}
