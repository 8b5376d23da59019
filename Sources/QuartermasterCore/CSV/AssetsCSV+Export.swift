/// The register for the office's spreadsheet: the import's columns first, in the import's
/// order, so an export imports back unchanged; then what the station adds for people
/// (`location_name`, count dates, `tag_printed`). Costs as `1234.56`, dates as `YYYY-MM-DD`.
extension AssetsCSV {
    public static let exportColumns = columns + optionalColumns + exportOnlyColumns

    /// The register as one typed table (costs numbers, dates dates): what the CSV and the xlsx
    /// writers lay out.
    public static func table(_ entries: [RegisterEntry], locationNames: [String: String]) -> ExportTable {
        func date(_ value: CalendarDate?) -> ExportCell { value.map(ExportCell.date) ?? .text("") }
        return ExportTable(sheetName: "assets", header: exportColumns, rows: entries.map { entry in
            let asset = entry.asset
            return [
                .text(asset.tag), .text(asset.name), .text(asset.model), .text(asset.serial), .text(asset.category),
                .text(asset.locationCode ?? ""), .text(asset.status.rawValue), .text(asset.custodianBadge ?? ""),
                date(asset.purchaseDate), asset.costCents.map { .decimal(FixedDecimal(units: $0, places: 2)) } ?? .text(""),
                date(asset.nextMaintenance), .text(asset.locationCode.flatMap { locationNames[$0] } ?? ""),
                date(asset.lastCounted), date(asset.nextCount), .integer(entry.tagPrinted),
            ]
        })
    }

    /// The register as CSV (`CSVWriter`: RFC 4180, formula guard, optional byte order mark).
    public static func text(_ entries: [RegisterEntry], locationNames: [String: String], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(entries, locationNames: locationNames), byteOrderMark: byteOrderMark)
    }

    /// Cents as the decimal a spreadsheet and the import read: `123456` → `1234.56`.
    public static func cost(_ cents: Int) -> String { FixedDecimal(units: cents, places: 2).description }
}
