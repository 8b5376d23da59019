public import QuartermasterCore
internal import GRDB

/// The register for the office's spreadsheet (`AssetsCSV.exportColumns`), from one snapshot.
extension StationDatabase {
    /// The header and rows every export format lays out: CSV here, xlsx through the
    /// Spreadsheet writer, from the same cells.
    public func assetsTable() throws(StationProblem) -> ExportTable {
        let (entries, locations) = try read { db in (try Self.fetchEntries(db, AssetRecord.order(Column("tag"))), try LocationRecord.fetchAll(db)) }
        return AssetsCSV.table(entries, locationNames: Dictionary(uniqueKeysWithValues: locations.map { ($0.code, $0.name) }))
    }

    /// The register as CSV: plain RFC 4180 UTF-8, formula-safe; `byteOrderMark` for Excel.
    public func exportAssets(byteOrderMark: Bool = false) throws(StationProblem) -> String {
        CSVWriter.document(try assetsTable(), byteOrderMark: byteOrderMark)
    }
}
