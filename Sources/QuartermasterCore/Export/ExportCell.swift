public import Foundation

/// One cell of an `ExportTable`, typed so a workbook can hold it as what it is.
///
/// Codes that look like numbers (badges `100231`, barcodes `6901234000016`, requisition
/// numbers) are `.text`: a spreadsheet would drop a leading zero or round a 13-digit barcode.
/// Only figures someone adds up or sorts by size (stock, quantities, money) are numbers.
public enum ExportCell: Sendable, Hashable {
    /// Text exactly as recorded; never a formula, whatever it starts with.
    case text(String)
    /// A whole number: stock, a threshold, a quantity (negative for stock leaving).
    case integer(Int)
    /// A number with a fixed count of decimal places, such as money (`1234.50`).
    case decimal(FixedDecimal)
    /// A calendar day without time or zone (a requisition's date).
    case date(CalendarDate)
    /// An instant, shown in UTC to the second so rows from stations in other zones sort together.
    case timestamp(Date)

    /// The cell as CSV writes it (before quoting and the formula guard): `-3`, `1234.50`,
    /// `2024-03-01`, `2024-03-01T06:00:00Z`. A workbook shows the same text for the same cell.
    public var text: String {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .decimal(let value): value.description
        case .date(let value): value.description
        case .timestamp(let value): Self.timestampText(value)
        }
    }

    /// `2024-03-01T06:00:00Z`: ISO 8601 in UTC, whole seconds, which spreadsheets can read.
    public static func timestampText(_ time: Date) -> String {
        time.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }
}
