import Foundation
import QuartermasterCore

/// One `ExportCell` checked against what a worksheet holds and turned into what libxlsxwriter
/// takes, before any file exists.
enum PreparedCell: Hashable {
    /// Nothing to write (empty text: the cell stays blank, as in CSV).
    case empty
    /// XML-safe text (`SpreadsheetText.cell`), wrapped when it holds a line break.
    case text(String, wrapped: Bool)
    /// A number with its style (integer or fixed decimal).
    case number(Double, XLSXCellStyle)
    /// A calendar day on or after 1900-01-01, the first day a spreadsheet date can be.
    case date(CalendarDate)
    /// Whole seconds since 1970 UTC, on or after 1900-01-01.
    case timestamp(Int64)

    /// 1900-01-01T00:00:00Z in Unix seconds: earlier instants have no spreadsheet date.
    static let earliestTimestamp: Int64 = -2_208_988_800

    /// The cell as it goes into the sheet. Dates and times before 1900, which a spreadsheet
    /// cannot hold as dates, are written as their CSV text so nothing is lost.
    init(_ cell: ExportCell, at place: @autoclosure () -> SpreadsheetError.CellPlace) throws(SpreadsheetError) {
        switch cell {
        case .text(let value):
            guard !value.isEmpty else { self = .empty; return }
            let safe = SpreadsheetText.cell(value)
            let length = max(value.utf16.count, safe.unicodeScalars.count)
            guard length <= SpreadsheetLimits.textLength else { throw .textTooLong(place(), length: length) }
            self = .text(safe, wrapped: safe.contains("\n") || safe.contains("\r"))
        case .integer(let value):
            guard value.magnitude <= SpreadsheetLimits.exactInteger else { throw .numberTooLarge(place(), value: cell.text) }
            self = .number(Double(value), .integer)
        case .decimal(let value):
            guard value.units.magnitude <= SpreadsheetLimits.exactInteger else { throw .numberTooLarge(place(), value: cell.text) }
            self = .number(value.doubleValue, .decimal(places: value.places))
        case .date(let value):
            self = value.year >= 1900 ? .date(value) : .text(value.description, wrapped: false)
        case .timestamp(let value):
            let seconds = value.timeIntervalSince1970.rounded(.down)
            self = seconds >= Double(Self.earliestTimestamp) && seconds < 253_402_300_800
                ? .timestamp(Int64(seconds)) : .text(cell.text, wrapped: false)
        }
    }
}
