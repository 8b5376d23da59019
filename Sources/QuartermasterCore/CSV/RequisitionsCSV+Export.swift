/// Requisitions as the station holds them, in the import layout plus what was picked, so the
/// office sees backorders and the file can be imported back (`qty_picked` is ignored then).
extension RequisitionsCSV {
    public static var exportColumns: [String] { columns + ["rejection_reason", "qty_picked"] }

    public static func text(_ requisitions: [Requisition], byteOrderMark: Bool = false) -> String {
        var rows: [[String]] = []
        for requisition in requisitions {
            for line in requisition.lines {
                rows.append([
                    requisition.number, requisition.applicantBadge, requisition.department, requisition.date.description,
                    requisition.purpose, requisition.approver, requisition.status.rawValue, line.itemCode,
                    String(line.requested), String(line.approved), requisition.rejectionReason ?? "", String(line.picked),
                ])
            }
        }
        return CSVWriter.document(header: exportColumns, rows: rows, byteOrderMark: byteOrderMark)
    }
}
