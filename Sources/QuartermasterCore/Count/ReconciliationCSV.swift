import Foundation

/// A count's reconciliation for the office's spreadsheet: exactly one row per asset in scope
/// plus one per surplus tag. The first seven columns are a contract checked outside the project
/// (`tag,name,expected_location,found_location,outcome,counted_by,time`); the others follow.
public enum ReconciliationCSV {
    public static let columns = [
        "tag", "name", "expected_location", "found_location", "outcome", "counted_by", "time",
        "category", "cost", "station", "move_accepted",
    ]

    public static func text(_ reconciliation: Reconciliation, byteOrderMark: Bool = false) -> String {
        CSVWriter.document(header: columns, rows: reconciliation.rows.map { row in
            [
                row.tag, row.name, row.expectedLocation ?? "", row.foundLocation ?? "", row.outcome.rawValue,
                row.countedBy ?? "", row.time.map(MovementsCSV.timestamp) ?? "",
                row.category, row.costCents.map(money) ?? "", row.station ?? "", row.moveAccepted ? "yes" : "no",
            ]
        }, byteOrderMark: byteOrderMark)
    }

    /// Cents as a decimal amount with two places (`1234.50`): what a spreadsheet sums.
    public static func money(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = String(magnitude % 100)
        return sign + String(magnitude / 100) + "." + (fraction.count < 2 ? "0" : "") + fraction
    }
}
