/// The register for the office's spreadsheet: the import's columns first, in the import's
/// order, so an export imports back unchanged; then what the station adds for people
/// (`location_name`, count dates, `tag_printed`). Costs as `1234.56`, dates as `YYYY-MM-DD`.
extension AssetsCSV {
    public static let exportColumns = columns + optionalColumns + exportOnlyColumns

    /// The header and one row of cells per entry: what a CSV or an xlsx writer lays out.
    public static func table(_ entries: [RegisterEntry], locationNames: [String: String]) -> (header: [String], rows: [[String]]) {
        (exportColumns, entries.map { entry in
            let asset = entry.asset
            return [
                asset.tag, asset.name, asset.model, asset.serial, asset.category, asset.locationCode ?? "", asset.status.rawValue,
                asset.custodianBadge ?? "", asset.purchaseDate?.description ?? "", asset.costCents.map(cost) ?? "",
                asset.nextMaintenance?.description ?? "", asset.locationCode.flatMap { locationNames[$0] } ?? "",
                asset.lastCounted?.description ?? "", asset.nextCount?.description ?? "", String(entry.tagPrinted),
            ]
        })
    }

    /// The register as CSV (`CSVWriter`: RFC 4180, formula guard, optional byte order mark).
    public static func text(_ entries: [RegisterEntry], locationNames: [String: String], byteOrderMark: Bool = false) -> String {
        let table = table(entries, locationNames: locationNames)
        return CSVWriter.document(header: table.header, rows: table.rows, byteOrderMark: byteOrderMark)
    }

    /// Cents as the decimal a spreadsheet and the import read: `123456` → `1234.56`.
    public static func cost(_ cents: Int) -> String {
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
