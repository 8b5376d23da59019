public import QuartermasterCore

/// The office's spreadsheets: CSV text the CLI writes to a file. Formatting lives in the core
/// (`MovementsCSV`, `StockCSV`, `RequisitionsCSV`); the store only supplies one consistent
/// snapshot of the data. Plain RFC 4180 UTF-8; `byteOrderMark` adds the mark Excel needs to
/// read Chinese text as UTF-8.
extension StationDatabase {
    /// Every stock movement: `time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note`.
    public func exportMovements(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        MovementsCSV.text(try movements(), byteOrderMark: byteOrderMark)
    }

    /// Every requisition, one row per line, in the import layout plus `qty_picked`.
    public func exportRequisitions(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        RequisitionsCSV.text(try requisitions(), byteOrderMark: byteOrderMark)
    }

    /// Stock on hand: `code,name,spec,unit,category,stock,threshold,bin,below_threshold`.
    public func exportStock(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        StockCSV.text(try items(), byteOrderMark: byteOrderMark)
    }
}
