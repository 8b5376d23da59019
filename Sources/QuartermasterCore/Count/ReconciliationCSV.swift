/// A count's reconciliation for the office's spreadsheet: exactly one row per asset in scope
/// plus one per surplus tag. The first seven columns are a contract checked outside the project
/// (`tag,name,expected_location,found_location,outcome,counted_by,time`); the others follow.
public enum ReconciliationCSV {
    public static let columns = [
        "tag", "name", "expected_location", "found_location", "outcome", "counted_by", "time",
        "category", "cost", "station", "move_accepted",
    ]

    /// One row's cells, typed (times and costs) as an export's table types them.
    public static func cells(_ row: ReconciliationRow) -> [ExportCell] {
        let time: ExportCell = row.time.map(ExportCell.timestamp) ?? .text("")
        let cost: ExportCell = row.costCents.map { .decimal(money($0)) } ?? .text("")
        return [
            .text(row.tag), .text(row.name), .text(row.expectedLocation ?? ""), .text(row.foundLocation ?? ""),
            .text(row.outcome.rawValue), .text(row.countedBy ?? ""), time,
            .text(row.category), cost, .text(row.station ?? ""), .text(row.moveAccepted ? "yes" : "no"),
        ]
    }

    /// Writes the file record by record into `output` (the same bytes as `CSVWriter.document`),
    /// so a report of 100,000 rows is never a whole table of cells, nor a whole string, at once.
    public static func write(_ reconciliation: Reconciliation, byteOrderMark: Bool = false, to output: inout some TextOutputStream) {
        if byteOrderMark { output.write("\u{FEFF}") }
        output.write(CSVWriter.record(columns) + "\r\n")
        for row in reconciliation.rows { output.write(CSVWriter.record(cells(row).map(\.text)) + "\r\n") }
    }

    public static func text(_ reconciliation: Reconciliation, byteOrderMark: Bool = false) -> String {
        var text = ""
        write(reconciliation, byteOrderMark: byteOrderMark, to: &text)
        return text
    }

    /// Cents as an amount with two places (`1234.50`): what a spreadsheet sums.
    public static func money(_ cents: Int) -> FixedDecimal { FixedDecimal(units: cents, places: 2) }
}
