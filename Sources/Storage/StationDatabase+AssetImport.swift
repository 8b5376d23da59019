public import Foundation
public import QuartermasterCore
internal import GRDB

/// Bringing the asset register in, from our own spreadsheet or a Snipe-IT export
/// (`AssetsCSV`), all or nothing like every import. Assets are upserted by tag; assets not in
/// the file stay as they are.
///
/// What only the station knows is resolved here, each failure refused at its line:
/// - the location: our files give its code; Snipe-IT gives its name, matched to the one
///   location of that name (or else to a location whose code it is);
/// - the custodian: our files (and Snipe-IT's "Employee Number") give a badge, kept as given
///   (the person may be imported later); Snipe-IT's "Checked Out To" gives a name, matched to a
///   badge, or to the one person of that name. A name the station does not know is refused
///   rather than kept as text: a custodian is somebody who can be asked, and a name alone does
///   not say who;
/// - disposal: a disposed asset new to the station is recorded with a disposal record (the
///   import's date, "disposed before import", the importer as approver); an asset already here
///   is neither disposed of nor brought back by a file (`assets dispose` records who approved).
extension StationDatabase {
    @discardableResult
    public func importAssets(
        csv: String, file: String, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importAssets(CSVTable(parsing: csv, file: file), actorBadge: actorBadge, time: time, patterns: patterns)
    }

    @discardableResult
    public func importAssets(
        _ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importing { db in try importAssets(table, actorBadge: actorBadge, time: time, patterns: patterns, in: db) }
    }

    /// The import inside the caller's transaction (a reference page applies several at once).
    func importAssets(_ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns, in db: Database) throws -> ImportSummary {
        let result = AssetsCSV.read(table)
        let classifier = ScanClassifier(patterns: patterns)
        let today = CalendarDate(time, in: .current)
        do {
            var errors = result.errors
            let locations = try LocationRecord.fetchAll(db)
            let codes = Set(locations.map(\.code))
            let locationsNamed = Dictionary(grouping: locations, by: \.name)
            let people = try PersonRecord.fetchAll(db)
            let badges = Set(people.map(\.badge))
            let peopleNamed = Dictionary(grouping: people, by: \.name)
            let stored = Dictionary(try AssetRecord.fetchAll(db).map { ($0.tag, $0) }) { first, _ in first }
            var resolved: [(row: CSVRow<CSVAsset>, asset: Asset, existing: AssetRecord?)] = []

            for row in result.rows {
                let entry = row.record
                var asset = entry.asset
                let fail = { (column: String, message: String) in
                    errors.append(Self.error(table, column, line: row.line, message))
                }
                if let problem = Self.quantityShaped(asset.tag, "tag", classifier) {
                    fail(entry.columns.tag, problem)
                } else if let owner = try Self.codeOwner(db, asset.tag), owner.kind != .assetTag {
                    fail(entry.columns.tag, "\(asset.tag) is already \(owner), and a code may name one thing only; give the asset another tag, or change the other code first")
                }

                if !entry.location.isEmpty {
                    if !entry.custodianMayBeName {
                        if codes.contains(entry.location) {
                            asset.locationCode = entry.location
                        } else {
                            fail(entry.columns.location, "no location \(entry.location) at this station; import the locations file first, or check the code")
                        }
                    } else if let named = locationsNamed[entry.location] {
                        if named.count == 1 {
                            asset.locationCode = named[0].code
                        } else {
                            fail(entry.columns.location, "\(named.count) locations are named \"\(entry.location)\" (\(named.map(\.code).sorted().joined(separator: ", "))); write the location's code in this cell instead")
                        }
                    } else if codes.contains(entry.location) {
                        asset.locationCode = entry.location
                    } else {
                        fail(entry.columns.location, "no location named \"\(entry.location)\" (or with that code) at this station; import the locations file first, or write the location's code")
                    }
                }

                if !entry.custodian.isEmpty {
                    if !entry.custodianMayBeName || badges.contains(entry.custodian) {
                        asset.custodianBadge = entry.custodian
                    } else if let named = peopleNamed[entry.custodian] {
                        if named.count == 1 {
                            asset.custodianBadge = named[0].badge
                        } else {
                            fail(entry.columns.custodian, "\(named.count) people are named \"\(entry.custodian)\" (badges \(named.map(\.badge).sorted().joined(separator: ", "))); write the badge instead, or export Snipe-IT's Employee Number column")
                        }
                    } else {
                        fail(entry.columns.custodian, "nobody named \"\(entry.custodian)\" (or with that badge) at this station; import the people file first, export Snipe-IT's Employee Number column, or empty the cell if it was checked out to a place or another asset")
                    }
                }

                let existing = stored[asset.tag]
                if let existing, let before = AssetStatus(rawValue: existing.status) {
                    if before == .disposed && asset.status != .disposed {
                        fail(entry.columns.status, "asset \(asset.tag) was disposed of at this station, and a disposal is not undone by an import; give its status as disposed, or leave its row out")
                    } else if before != .disposed && asset.status == .disposed {
                        fail(entry.columns.status, "asset \(asset.tag) is \(before.rawValue) here; dispose of it with `quartermaster assets dispose \(asset.tag) --reason … --approver …`, which records who approved it, or keep its status in the file")
                    }
                }
                resolved.append((row, asset, existing))
            }
            guard errors.isEmpty else { throw CSVImportFailure(file: table.file, errors: errors) }

            // MARK: Plan
            var summary = ImportSummary(file: table.file, count: result.rows.count, added: 0, updated: 0, unchanged: 0)
            var records: [(record: AssetRecord, isNew: Bool)] = []
            var disposals: [AssetDisposal] = []
            var imported: [ImportedAsset] = []
            for (row, asset, existing) in resolved {
                var asset = asset
                if let existing {
                    // Values the file does not give are kept as the station has them.
                    let stored = try existing.asset()
                    asset.nextMaintenance = asset.nextMaintenance ?? stored.nextMaintenance
                    asset.lastCounted = asset.lastCounted ?? stored.lastCounted
                    asset.nextCount = asset.nextCount ?? stored.nextCount
                    let record = AssetRecord(asset, tagPrinted: existing.tagPrinted)
                    if record == existing {
                        summary.unchanged += 1
                        continue
                    }
                    summary.updated += 1
                    imported.append(ImportedAsset(asset, change: .updated))
                    records.append((record, false))
                } else {
                    summary.added += 1
                    let disposal = asset.status == .disposed
                        ? AssetDisposal(tag: asset.tag, date: today, reason: "disposed before import (\(table.file) line \(row.line))", approver: actorBadge)
                        : nil
                    if let disposal { disposals.append(disposal) }
                    imported.append(ImportedAsset(asset, change: .added, disposal: disposal))
                    records.append((AssetRecord(asset), true))
                }
            }

            // MARK: Write
            var payload = payload(summary)
            payload.assets = imported
            let journalID = try appendJournal(db, kind: .assetsImported, actor: actorBadge, time: time, payload: payload)
            for (record, isNew) in records {
                if isNew { try record.insert(db) } else { try record.update(db) }
            }
            for disposal in disposals { try AssetDisposalRecord(disposal, journalID: journalID).insert(db) }
            return summary
        }
    }
}
