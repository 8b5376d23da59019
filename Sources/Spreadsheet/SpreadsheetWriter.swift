public import QuartermasterCore

// MARK: - SpreadsheetWriter

/// Writes export tables as an xlsx workbook (libxlsxwriter), one worksheet per table, laid out
/// for the office: the header bold and frozen above the rows, a filter on every column, column
/// widths fitted to their text (Chinese counted double), numbers as numbers (`0`, or all of a
/// decimal's places), dates as dates (`yyyy-mm-dd`), times as UTC date-times shown as CSV
/// shows them (`2024-03-01T06:00:00Z`), and text always as text, never a formula — see
/// `SpreadsheetText` for the characters that are replaced. A date or time before 1900, which
/// a spreadsheet cannot hold as a date, is written as its CSV text.
///
/// All or nothing: every table is checked first (sheet names, a worksheet's row, column, text
/// and number limits), then the workbook is written to a temporary file beside `path` and
/// renamed over it. On any error nothing new is left behind and an existing file is untouched.
public enum SpreadsheetWriter {
    /// Writes `table` as a one-sheet workbook at `path`.
    public static func write(_ table: ExportTable, to path: String) throws(SpreadsheetError) {
        try write([table], to: path)
    }

    /// Writes `tables` as one workbook at `path`, their sheets in this order.
    public static func write(_ tables: [ExportTable], to path: String) throws(SpreadsheetError) {
        var taken: Set<String> = []
        var sheets: [PreparedSheet] = []
        for table in tables {
            try SheetName.check(table.sheetName, taken: taken)
            taken.insert(table.sheetName.lowercased())
            sheets.append(try PreparedSheet(table))
        }
        let file = try AtomicFile(path: path)
        do throws(SpreadsheetError) {
            let workbook = try XLSXWorkbook(writingTo: file.temporaryPath, reportingAs: path)
            for sheet in sheets { try add(sheet, to: workbook) }
            try workbook.close()
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    // MARK: Layout

    private static func add(_ sheet: PreparedSheet, to workbook: XLSXWorkbook) throws(SpreadsheetError) {
        let worksheet = try workbook.addWorksheet(named: sheet.name)
        for (column, title) in sheet.header.enumerated() where !title.isEmpty {
            try worksheet.writeText(title, row: 0, column: column, style: .header)
        }
        for (index, row) in sheet.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                try write(cell, to: worksheet, row: index + 1, column: column)
            }
        }
        guard sheet.columnCount > 0 else { return }
        for (column, width) in sheet.columnWidths.enumerated() {
            try worksheet.setWidth(width, column: column)
        }
        worksheet.freeze(rows: 1)
        try worksheet.autofilter(lastRow: sheet.rows.count, lastColumn: sheet.columnCount - 1)
    }

    private static func write(_ cell: PreparedCell, to worksheet: XLSXWorksheet, row: Int, column: Int) throws(SpreadsheetError) {
        switch cell {
        case .empty: break
        case let .text(text, wrapped): try worksheet.writeText(text, row: row, column: column, style: wrapped ? .wrappedText : nil)
        case let .number(value, style): try worksheet.writeNumber(value, row: row, column: column, style: style)
        case let .date(day): try worksheet.writeDate(year: day.year, month: day.month, day: day.day, row: row, column: column)
        case let .timestamp(seconds): try worksheet.writeTimestamp(seconds, row: row, column: column)
        }
    }
}
