public import Foundation
public import QuartermasterCore
internal import GRDB

/// Bringing the office's location tree in (`code,name,parent_code`), all or nothing like every
/// import (`StationDatabase+Imports`): locations are upserted by code, so importing the file
/// again renames and re-parents; locations not in the file stay as they are.
extension StationDatabase {
    @discardableResult
    public func importLocations(
        csv: String, file: String, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importLocations(CSVTable(parsing: csv, file: file), actorBadge: actorBadge, time: time, patterns: patterns)
    }

    /// A parent may come later in the file than its children, or already be at the station. A
    /// parent found in neither, a chain of parents that comes back to a location (also through
    /// locations already stored), and a code that already names something else are refused at
    /// their line.
    @discardableResult
    public func importLocations(
        _ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importing { db in try importLocations(table, actorBadge: actorBadge, time: time, patterns: patterns, in: db) }
    }

    /// The import inside the caller's transaction (a reference page applies several at once).
    func importLocations(_ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns, in db: Database) throws -> ImportSummary {
        let result = LocationsCSV.read(table)
        let classifier = ScanClassifier(patterns: patterns)
        do {
            var errors = result.errors
            var tree = try Self.fetchTree(db)
            tree.merge(result.rows.map(\.record))
            for row in result.rows {
                let location = row.record
                if let problem = Self.quantityShaped(location.code, "location code", classifier) {
                    errors.append(Self.error(table, "code", line: row.line, problem))
                } else if let owner = try Self.codeOwner(db, location.code), owner.kind != .location {
                    errors.append(Self.error(table, "code", line: row.line,
                        "\(location.code) is already \(owner), and a code may name one thing only; give the location another code, or change the other code first"))
                }
                if let parent = location.parentCode {
                    if !tree.contains(parent) {
                        errors.append(Self.error(table, "parent_code", line: row.line,
                            "no location \(parent) in this file or at this station; add a row for it, or check the code"))
                    } else if let cycle = tree.cycle(from: location.code) {
                        errors.append(Self.error(table, "parent_code", line: row.line,
                            "location \(location.code) would be inside itself (\((cycle + [location.code]).joined(separator: " → "))); give one of them another parent"))
                    }
                }
            }
            guard errors.isEmpty else { throw CSVImportFailure(file: table.file, errors: errors) }

            var summary = ImportSummary(file: table.file, count: result.rows.count, added: 0, updated: 0, unchanged: 0)
            var changed: [Location] = []
            var imported: [ImportedLocation] = []
            for row in result.rows {
                switch try LocationRecord.fetchOne(db, key: row.record.code)?.location {
                case nil:
                    summary.added += 1
                    imported.append(ImportedLocation(row.record, change: .added))
                case row.record?:
                    summary.unchanged += 1
                    continue
                case _?:
                    summary.updated += 1
                    imported.append(ImportedLocation(row.record, change: .updated))
                }
                changed.append(row.record)
            }
            var payload = payload(summary)
            payload.locations = imported
            _ = try appendJournal(db, kind: .locationsImported, actor: actorBadge, time: time, payload: payload)
            // Children may come before their parents: the parent links are checked at commit.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            for location in changed { try LocationRecord(location).save(db) }
            return summary
        }
    }
}
