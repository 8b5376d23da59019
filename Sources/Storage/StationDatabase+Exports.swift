public import QuartermasterCore

/// The office's spreadsheets: CSV text the CLI writes to a file. Formatting lives in the core
/// (`MovementsCSV`, `StockCSV`, `RequisitionsCSV`); the store only supplies one consistent
/// snapshot of the data.
extension StationDatabase {
    /// Every stock movement: `time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note`.
    public func exportMovements() throws(StationProblem) -> String {
        MovementsCSV.text(try movements())
    }

    /// Every requisition, one row per line, in the import layout plus `qty_picked`.
    public func exportRequisitions() throws(StationProblem) -> String {
        RequisitionsCSV.text(try requisitions())
    }

    /// Stock on hand: `code,name,spec,unit,category,stock,threshold,bin,below_threshold`.
    public func exportStock() throws(StationProblem) -> String {
        StockCSV.text(try items())
    }
}
