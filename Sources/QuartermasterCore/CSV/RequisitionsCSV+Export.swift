/// Requisitions as the station holds them, in the import layout plus what was picked, so the
/// office sees backorders and the file can be imported back (`qty_picked` is ignored then).
extension RequisitionsCSV {
    public static var exportColumns: [String] { columns + ["rejection_reason", "qty_picked"] }

    /// The export as a table, one row per line: the date a date, the three quantities numbers.
    public static func table(_ requisitions: [Requisition]) -> ExportTable {
        var rows: [[ExportCell]] = []
        for requisition in requisitions {
            for line in requisition.lines {
                rows.append([
                    .text(requisition.number), .text(requisition.applicantBadge), .text(requisition.department),
                    .date(requisition.date), .text(requisition.purpose), .text(requisition.approver),
                    .text(requisition.status.rawValue), .text(line.itemCode), .integer(line.requested), .integer(line.approved),
                    .text(requisition.rejectionReason ?? ""), .integer(line.picked),
                ])
            }
        }
        return ExportTable(sheetName: "requisitions", header: exportColumns, rows: rows)
    }

    public static func text(_ requisitions: [Requisition], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(requisitions), byteOrderMark: byteOrderMark)
    }
}
