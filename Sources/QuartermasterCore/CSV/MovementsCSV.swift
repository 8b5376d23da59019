public import Foundation

/// The stock ledger for the office's spreadsheet: one row per movement, times in ISO-8601 UTC
/// so rows from stations in different zones sort together.
public enum MovementsCSV {
    public static let columns = ["time", "kind", "item_code", "qty", "requisition", "actor_badge", "recipient_badge", "station", "note"]

    public static func text(_ movements: [StockMovement], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(header: columns, rows: movements.map { movement in
            [
                timestamp(movement.time), movement.kind.rawValue, movement.itemCode, String(movement.quantity),
                movement.requisitionNumber ?? "", movement.actorBadge, movement.recipientBadge ?? "",
                movement.station, movement.note ?? "",
            ]
        }, byteOrderMark: byteOrderMark)
    }

    /// `2024-03-01T06:00:00Z`: whole seconds, which is what spreadsheets can read.
    public static func timestamp(_ time: Date) -> String {
        time.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }
}
