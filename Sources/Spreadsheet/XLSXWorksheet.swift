internal import CXLSXWriter

// MARK: - XLSXWorksheet

/// One worksheet of an `XLSXWorkbook`, which owns it (and keeps it alive through this
/// reference). Rows and columns count from 0, as in libxlsxwriter; every call that can fail
/// throws with the library's reason.
struct XLSXWorksheet {
    fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    let workbook: XLSXWorkbook

    init(pointer: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook) {
        self.pointer = pointer
        self.workbook = workbook
    }

    /// Text, stored as a shared string: never a formula, whatever it starts with.
    func writeText(_ text: String, row: Int, column: Int, style: XLSXCellStyle?) throws(SpreadsheetError) {
        let format = try style.map { style throws(SpreadsheetError) in try workbook.format(style) }
        try check(worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), text, format), "writing text", row, column)
    }

    func writeNumber(_ number: Double, row: Int, column: Int, style: XLSXCellStyle) throws(SpreadsheetError) {
        let format = try workbook.format(style)
        try check(worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format), "writing a number", row, column)
    }

    /// A calendar day at midnight, shown with the `.date` style.
    func writeDate(year: Int, month: Int, day: Int, row: Int, column: Int) throws(SpreadsheetError) {
        var moment = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        let format = try workbook.format(.date)
        try check(worksheet_write_datetime(pointer, lxw_row_t(row), lxw_col_t(column), &moment, format), "writing a date", row, column)
    }

    /// An instant given as Unix seconds, shown with the `.timestamp` style (UTC).
    func writeTimestamp(_ seconds: Int64, row: Int, column: Int) throws(SpreadsheetError) {
        let format = try workbook.format(.timestamp)
        try check(worksheet_write_unixtime(pointer, lxw_row_t(row), lxw_col_t(column), seconds, format), "writing a time", row, column)
    }

    func setWidth(_ width: Double, column: Int) throws(SpreadsheetError) {
        try check(worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, nil), "setting a column width", 0, column)
    }

    /// Keeps the first `rows` rows in view while the rest scrolls.
    func freeze(rows: Int) {
        worksheet_freeze_panes(pointer, lxw_row_t(rows), 0)
    }

    /// Filter drop-downs on the first row of the range, over the rows below it.
    func autofilter(lastRow: Int, lastColumn: Int) throws(SpreadsheetError) {
        try check(worksheet_autofilter(pointer, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), "adding the filter", 0, lastColumn)
    }

    private func check(_ result: lxw_error, _ operation: String, _ row: Int, _ column: Int) throws(SpreadsheetError) {
        guard result != LXW_NO_ERROR else { return }
        throw .writeFailed(
            workbook.reportedPath, operation: "\(operation) at row \(row + 1), column \(PreparedSheet.columnName(column))",
            reason: XLSXWorkbook.reason(result))
    }
}
