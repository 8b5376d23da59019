/// A count's reconciliation for the office's spreadsheet: exactly one row per asset in scope
/// plus one per surplus tag. The first seven columns are a contract checked outside the project
/// (`tag,name,expected_location,found_location,outcome,counted_by,time`); the others follow.
public enum ReconciliationCSV {
    public static let columns = [
        "tag", "name", "expected_location", "found_location", "outcome", "counted_by", "time",
        "category", "cost", "station", "move_accepted",
    ]

    /// The reconciliation as one typed table (times and costs typed), for CSV and xlsx alike.
    public static func table(_ reconciliation: Reconciliation) -> ExportTable {
        ExportTable(sheetName: "count", header: columns, rows: reconciliation.rows.map { row in
            let time: ExportCell = row.time.map(ExportCell.timestamp) ?? .text("")
            let cost: ExportCell = row.costCents.map { .decimal(money($0)) } ?? .text("")
            return [
                .text(row.tag), .text(row.name), .text(row.expectedLocation ?? ""), .text(row.foundLocation ?? ""),
                .text(row.outcome.rawValue), .text(row.countedBy ?? ""), time,
                .text(row.category), cost, .text(row.station ?? ""), .text(row.moveAccepted ? "yes" : "no"),
            ]
        })
    }

    public static func text(_ reconciliation: Reconciliation, byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(reconciliation), byteOrderMark: byteOrderMark)
    }

    /// Cents as an amount with two places (`1234.50`): what a spreadsheet sums.
    public static func money(_ cents: Int) -> FixedDecimal { FixedDecimal(units: cents, places: 2) }
}
