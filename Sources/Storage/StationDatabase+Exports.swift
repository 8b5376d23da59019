public import QuartermasterCore

/// The office's spreadsheets. Each export is one `ExportTable` (header and typed rows) built in
/// the core (`MovementsCSV`, `StockCSV`, `RequisitionsCSV`) from one consistent snapshot of the
/// store; CSV text and xlsx workbooks are renderings of that same table, so they cannot drift.
/// CSV is plain RFC 4180 UTF-8; `byteOrderMark` adds the mark Excel needs to read Chinese text
/// as UTF-8.
extension StationDatabase {
    /// Every stock movement: `time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note`.
    public func movementsTable() throws(StationProblem) -> ExportTable {
        MovementsCSV.table(try movements())
    }

    /// Every requisition, one row per line, in the import layout plus `qty_picked`.
    public func requisitionsTable() throws(StationProblem) -> ExportTable {
        RequisitionsCSV.table(try requisitions())
    }

    /// Stock on hand: `code,name,spec,unit,category,stock,threshold,bin,below_threshold`.
    public func stockTable() throws(StationProblem) -> ExportTable {
        StockCSV.table(try items())
    }

    /// `movementsTable()` as CSV text.
    public func exportMovements(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        CSVWriter.document(try movementsTable(), byteOrderMark: byteOrderMark)
    }

    /// `requisitionsTable()` as CSV text.
    public func exportRequisitions(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        CSVWriter.document(try requisitionsTable(), byteOrderMark: byteOrderMark)
    }

    /// `stockTable()` as CSV text.
    public func exportStock(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        CSVWriter.document(try stockTable(), byteOrderMark: byteOrderMark)
    }
}
