/// The few looks an export's cells take, each one libxlsxwriter format made once per workbook.
enum XLSXCellStyle: Hashable {
    /// The header row: bold, so it reads as the column names above the frozen line.
    case header
    /// Text with a line break, wrapped so the break shows instead of running off the cell.
    case wrappedText
    /// Whole numbers, always written out in digits (never `1E+15`).
    case integer
    /// Fixed decimals with all their places (`1234.50`).
    case decimal(places: Int)
    /// A calendar day, ISO order (`2024-03-01`), as CSV writes it.
    case date
    /// An instant in UTC, shown exactly as CSV writes it (`2024-03-01T06:00:00Z`).
    case timestamp

    /// The Excel number format, if the style has one.
    var numberFormat: String? {
        switch self {
        case .header, .wrappedText: nil
        case .integer: "0"
        case .decimal(let places): places == 0 ? "0" : "0." + String(repeating: "0", count: places)
        case .date: "yyyy-mm-dd"
        case .timestamp: #"yyyy-mm-dd"T"hh:mm:ss"Z""#
        }
    }
}
