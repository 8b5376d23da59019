/// What one worksheet can hold (Excel's specifications, which libxlsxwriter enforces too).
/// Checked before any file is created, so an export that cannot fit says so and writes nothing.
enum SpreadsheetLimits {
    /// Rows in a worksheet, the header row included.
    static let rows = 1_048_576
    /// Columns in a worksheet (A to XFD).
    static let columns = 16_384
    /// Characters in one cell.
    static let textLength = 32_767
    /// The largest integer every smaller one of which a spreadsheet's number (an IEEE double)
    /// holds exactly: 2^53.
    static let exactInteger = 9_007_199_254_740_992
    /// Characters in a sheet name.
    static let sheetNameLength = 31
}
