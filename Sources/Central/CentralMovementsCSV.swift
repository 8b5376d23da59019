public import QuartermasterCore

/// `central export movements`: the station's movement export (`MovementsCSV`, same columns in
/// the same order, same cells) with the event each row came from appended as `event_id`.
public enum CentralMovementsCSV {
    public static let columns = MovementsCSV.columns + ["event_id"]

    public static func table(_ movements: [CentralMovement]) -> ExportTable {
        let station = MovementsCSV.table(movements.map(\.movement))
        return ExportTable(
            sheetName: station.sheetName, header: columns,
            rows: zip(station.rows, movements).map { row, movement in row + [.text(movement.eventID)] })
    }

    public static func text(_ movements: [CentralMovement], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(movements), byteOrderMark: byteOrderMark)
    }
}
