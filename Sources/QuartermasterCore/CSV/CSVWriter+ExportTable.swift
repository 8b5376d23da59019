/// CSV as one rendering of an export's table; the workbook is the other (`Spreadsheet`).
extension CSVWriter {
    /// The table's header and rows, every cell as its `ExportCell.text`, quoted and
    /// formula-guarded like any other field. The sheet name has no place in CSV.
    public static func document(_ table: ExportTable, byteOrderMark: Bool = false) -> String {
        document(header: table.header, rows: table.rows.map { $0.map(\.text) }, byteOrderMark: byteOrderMark)
    }
}
