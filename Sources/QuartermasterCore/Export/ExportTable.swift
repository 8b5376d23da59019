/// One export as a table: a sheet name, a header row and rows of typed cells.
///
/// Every export (movements, requisitions, stock, and later assets and reports) builds one of
/// these, and each file format renders it: `CSVWriter.document(_:byteOrderMark:)` as text, the
/// `Spreadsheet` adapter as an xlsx workbook. One value for both keeps the two files from
/// drifting apart, and the typed cells let a workbook keep numbers as numbers and dates as
/// dates where CSV can only hold text.
public struct ExportTable: Sendable, Hashable {
    /// The worksheet's name in a workbook (`stock`, `movements`); CSV has no place for it.
    public var sheetName: String
    /// Column names, exactly as the export's contract spells them.
    public var header: [String]
    /// Data rows in header order; a row may be shorter than the header (its last cells empty).
    public var rows: [[ExportCell]]

    public init(sheetName: String, header: [String], rows: [[ExportCell]]) {
        self.sheetName = sheetName
        self.header = header
        self.rows = rows
    }
}
