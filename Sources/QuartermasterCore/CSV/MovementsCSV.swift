/// The stock ledger for the office's spreadsheet: one row per movement, times in ISO-8601 UTC
/// so rows from stations in different zones sort together.
public enum MovementsCSV {
    public static let columns = ["time", "kind", "item_code", "qty", "requisition", "actor_badge", "recipient_badge", "station", "note"]

    /// The export as a table: the time a timestamp, the signed quantity a number, the rest text.
    public static func table(_ movements: [StockMovement]) -> ExportTable {
        ExportTable(sheetName: "movements", header: columns, rows: movements.map { movement in
            [
                .timestamp(movement.time), .text(movement.kind.rawValue), .text(movement.itemCode), .integer(movement.quantity),
                .text(movement.requisitionNumber ?? ""), .text(movement.actorBadge), .text(movement.recipientBadge ?? ""),
                .text(movement.station), .text(movement.note ?? ""),
            ]
        })
    }

    public static func text(_ movements: [StockMovement], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(movements), byteOrderMark: byteOrderMark)
    }
}
