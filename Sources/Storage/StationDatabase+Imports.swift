public import Foundation
public import QuartermasterCore
internal import GRDB

/// Bringing the office's spreadsheets in: people, the item master, approved requisitions.
///
/// Every import is all or nothing, in one transaction: the file is read, every value and every
/// reference checked, and only a file without a single problem changes anything. The problems
/// come back together, each with its line and column. Records are upserted by key; records
/// not in the file are left as they are (a leaver is deactivated at the station, not by
/// omission from a file). Each import writes one journal event holding every record it added
/// or changed, with its values.
///
/// Codes: every badge, item code, item barcode and requisition number names one thing only
/// (the schema's `code` table enforces it), and none may have the shape of a quantity the
/// keeper types (`patterns.quantity`, 1 to 4 digits by default): the kiosk recognises a
/// registered code whatever its shape, so a badge `12` would take the place of the typed
/// quantity 12. Either is refused at its line.
extension StationDatabase {
    // MARK: People

    /// Upserts the people in a `badge,name,department,roles[,active]` file; a leaver marked
    /// `active` = `no` keeps their records and loses their badge.
    @discardableResult
    public func importPeople(
        csv: String, file: String, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importPeople(CSVTable(parsing: csv, file: file), actorBadge: actorBadge, time: time, patterns: patterns)
    }

    @discardableResult
    public func importPeople(
        _ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importing { db in try importPeople(table, actorBadge: actorBadge, time: time, patterns: patterns, in: db) }
    }

    /// The import inside the caller's transaction (a reference page applies several at once).
    func importPeople(_ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns, in db: Database) throws -> ImportSummary {
        let result = PeopleCSV.read(table)
        let classifier = ScanClassifier(patterns: patterns)
        var errors = result.errors
        for row in result.rows {
            let badge = row.record.badge
            if let problem = Self.quantityShaped(badge, "badge", classifier) {
                errors.append(Self.error(table, "badge", line: row.line, problem))
            } else if let owner = try Self.codeOwner(db, badge), owner.kind != .badge {
                errors.append(Self.error(table, "badge", line: row.line,
                    "\(badge) is already \(owner), and a code may name one thing only; give the person another badge number, or change the other code first"))
            }
        }
        guard errors.isEmpty else { throw CSVImportFailure(file: table.file, errors: errors) }

        var summary = ImportSummary(file: table.file, count: result.rows.count, added: 0, updated: 0, unchanged: 0)
        var records: [PersonRecord] = []
        var changed: [ImportedPerson] = []
        for row in result.rows {
            let record = PersonRecord(row.record)
            switch try PersonRecord.fetchOne(db, key: record.badge) {
            case nil:
                summary.added += 1
                changed.append(ImportedPerson(row.record, change: .added))
            case record?:
                summary.unchanged += 1
                continue
            case _?:
                summary.updated += 1
                changed.append(ImportedPerson(row.record, change: .updated))
            }
            records.append(record)
        }
        var payload = payload(summary)
        payload.people = changed
        _ = try appendJournal(db, kind: .peopleImported, actor: actorBadge, time: time, payload: payload)
        for record in records { try record.save(db) }
        return summary
    }

    // MARK: Items

    /// Upserts the items in an item master file and replaces their barcodes. Stock never
    /// changes without a movement: a new item's stock is recorded as an "initial stock"
    /// adjustment. An existing item keeps the stock this station counted — an item list
    /// exported last week must not undo this week's pickups — unless `setStock` is true, when a
    /// differing stock in the file is recorded as an adjustment of the difference.
    @discardableResult
    public func importItems(
        csv: String, file: String, actorBadge: String, time: Date, setStock: Bool = false, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importItems(CSVTable(parsing: csv, file: file), actorBadge: actorBadge, time: time, setStock: setStock, patterns: patterns)
    }

    @discardableResult
    public func importItems(
        _ table: CSVTable, actorBadge: String, time: Date, setStock: Bool = false, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importing { db in try importItems(table, actorBadge: actorBadge, time: time, setStock: setStock, patterns: patterns, in: db) }
    }

    /// The import inside the caller's transaction (a reference page applies several at once).
    func importItems(_ table: CSVTable, actorBadge: String, time: Date, setStock: Bool, patterns: ScanPatterns, in db: Database) throws -> ImportSummary {
        let result = ItemsCSV.read(table)
        let classifier = ScanClassifier(patterns: patterns)
        var errors = result.errors
        let codesInFile = Set(result.rows.map(\.record.code))
        let barcodesInFile = Set(result.rows.flatMap(\.record.barcodes))
        for row in result.rows {
            let item = row.record
            if let problem = Self.quantityShaped(item.code, "item code", classifier) {
                errors.append(Self.error(table, "code", line: row.line, problem))
            } else if let owner = try Self.codeOwner(db, item.code) {
                switch owner.kind {
                case .item: break
                case .itemBarcode where owner.owner == item.code: break
                case .itemBarcode where codesInFile.contains(owner.owner) && !barcodesInFile.contains(item.code): break  // freed by this file
                default:
                    errors.append(Self.error(table, "code", line: row.line,
                        "\(item.code) is already \(owner), and a code may name one thing only; give the item another code, or change the other code first"))
                }
            }
            for barcode in item.barcodes {
                if let problem = Self.quantityShaped(barcode, "barcode", classifier) {
                    errors.append(Self.error(table, "barcodes", line: row.line, problem))
                    continue
                }
                if let owner = try Self.codeOwner(db, barcode), owner.kind == .badge || owner.kind == .requisition {
                    errors.append(Self.error(table, "barcodes", line: row.line,
                        "barcode \(barcode) is already \(owner), and a code may name one thing only; remove it from this item, or change the other code first"))
                    continue
                }
                if let owner = try ItemBarcodeRecord.fetchOne(db, key: barcode)?.itemCode, owner != item.code, !codesInFile.contains(owner) {
                    errors.append(Self.error(table, "barcodes", line: row.line,
                        "barcode \(barcode) already belongs to item \(owner); remove it there first, or list item \(owner) in this file without it"))
                } else if barcode != item.code, try codesInFile.contains(barcode) || ItemRecord.exists(db, key: barcode) {
                    errors.append(Self.error(table, "barcodes", line: row.line,
                        "barcode \(barcode) is the code of another item, so scanning it would be ambiguous"))
                }
            }
        }
        guard errors.isEmpty else { throw CSVImportFailure(file: table.file, errors: errors) }

        // MARK: Plan, so the journal event can say what changes
        var summary = ImportSummary(file: table.file, count: result.rows.count, added: 0, updated: 0, unchanged: 0)
        var changed: [Item] = []
        var imported: [ImportedItem] = []
        var adjustments: [StockAdjustmentPayload] = []
        for row in result.rows {
            var item = row.record
            let existing = try Self.fetchItem(db, code: item.code)
            if let existing, !setStock, existing.stock != item.stock {
                item.stock = existing.stock
                summary.stockKept += 1
            }
            if existing == item {
                summary.unchanged += 1
                continue
            }
            if existing == nil { summary.added += 1 } else { summary.updated += 1 }
            changed.append(item)
            imported.append(ImportedItem(item, change: existing == nil ? .added : .updated))
            let before = existing?.stock ?? 0
            if item.stock != before {
                let reason = existing == nil ? "initial stock (import \(table.file))" : "stock set by import (\(table.file))"
                adjustments.append(StockAdjustmentPayload(
                    itemCode: item.code, before: before, after: item.stock, quantity: item.stock - before,
                    reason: reason, actorBadge: actorBadge, station: stationID, time: time))
            }
        }

        // MARK: Write
        var payload = payload(summary, adjustments: adjustments)
        payload.items = imported
        let journalID = try appendJournal(db, kind: .itemsImported, actor: actorBadge, time: time, payload: payload)
        // Barcodes first, so one moved from one item to another in the file is free again.
        for item in changed {
            try ItemBarcodeRecord.filter(Column("item_code") == item.code).deleteAll(db)
        }
        for item in changed {
            try ItemRecord(item).save(db)
            for barcode in item.barcodes {
                try ItemBarcodeRecord(barcode: barcode, itemCode: item.code).insert(db)
            }
        }
        for adjustment in adjustments {
            let movement = StockMovement(
                time: time, kind: .adjustment, itemCode: adjustment.itemCode, quantity: adjustment.quantity,
                actorBadge: actorBadge, station: stationID, note: adjustment.reason)
            try StockMovementRecord(movement, journalID: journalID).insertPrepared(db)
        }
        return summary
    }

    // MARK: Requisitions

    /// Upserts the requisitions in a requisitions file, replacing their lines. A requisition
    /// that already has pickups here cannot be replaced (its picks would be lost); the same
    /// requisition unchanged in the file, whatever status it gives, is fine and left alone, so
    /// the same file can be imported twice.
    @discardableResult
    public func importRequisitions(
        csv: String, file: String, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importRequisitions(CSVTable(parsing: csv, file: file), actorBadge: actorBadge, time: time, patterns: patterns)
    }

    @discardableResult
    public func importRequisitions(
        _ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns = .default
    ) throws(ImportProblem) -> ImportSummary {
        try importing { db in try importRequisitions(table, actorBadge: actorBadge, time: time, patterns: patterns, in: db) }
    }

    /// The import inside the caller's transaction (a reference page applies several at once).
    func importRequisitions(_ table: CSVTable, actorBadge: String, time: Date, patterns: ScanPatterns, in db: Database) throws -> ImportSummary {
        let result = RequisitionsCSV.read(table)
        let classifier = ScanClassifier(patterns: patterns)
        var errors = result.errors
        var summary = ImportSummary(file: table.file, count: result.rows.count, added: 0, updated: 0, unchanged: 0)
        var changed: [Requisition] = []
        var imported: [ImportedRequisition] = []
        for row in result.rows {
            let requisition = row.record.requisition
            if let problem = Self.quantityShaped(requisition.number, "requisition number", classifier) {
                errors.append(Self.error(table, "number", line: row.line, problem))
            } else if let owner = try Self.codeOwner(db, requisition.number), owner.kind != .requisition {
                errors.append(Self.error(table, "number", line: row.line,
                    "\(requisition.number) is already \(owner), and a code may name one thing only; ask the central office which is right"))
            }
            if try !PersonRecord.exists(db, key: requisition.applicantBadge) {
                errors.append(Self.error(table, "applicant_badge", line: row.line,
                    "no person with badge \(requisition.applicantBadge) at this station; import the people file first, or check the badge"))
            }
            for (line, lineNumber) in zip(requisition.lines, row.record.lineNumbers) where try !ItemRecord.exists(db, key: line.itemCode) {
                errors.append(Self.error(table, "item_code", line: lineNumber,
                    "no item \(line.itemCode) at this station; import the item list first, or check the code"))
            }
            guard let existing = try Self.fetchRequisition(db, number: requisition.number) else {
                summary.added += 1
                changed.append(requisition)
                imported.append(ImportedRequisition(requisition, change: .added))
                continue
            }
            let picked = existing.lines.reduce(0) { $0 + $1.picked }
            if picked > 0 {
                if Self.sameRequest(existing, requisition) {
                    summary.unchanged += 1
                } else {
                    errors.append(Self.error(table, "number", line: row.line,
                        "requisition \(requisition.number) already has \(picked) units picked up at this station, so it cannot be replaced; "
                            + "remove its rows from the file, or ask the central office for a new requisition"))
                }
            } else if existing == requisition {
                summary.unchanged += 1
            } else {
                summary.updated += 1
                changed.append(requisition)
                imported.append(ImportedRequisition(requisition, change: .updated))
            }
        }
        guard errors.isEmpty else { throw CSVImportFailure(file: table.file, errors: errors) }

        var payload = payload(summary)
        payload.requisitions = imported
        _ = try appendJournal(db, kind: .requisitionsImported, actor: actorBadge, time: time, payload: payload)
        for requisition in changed {
            try RequisitionRecord(requisition).save(db)
            try RequisitionLineRecord.filter(Column("requisition_number") == requisition.number).deleteAll(db)
            for line in requisition.lines {
                try RequisitionLineRecord(requisitionNumber: requisition.number, line: line).insert(db)
            }
        }
        return summary
    }

    // MARK: Helpers

    /// Runs an import transaction: file problems become `.file`, everything else `.station`.
    func importing<T>(_ body: (Database) throws -> T) throws(ImportProblem) -> T {
        do {
            return try pool.write(body)
        } catch let failure as CSVImportFailure {
            throw .file(failure)
        } catch {
            throw .station(StationProblem(databaseError: error, path: path))
        }
    }

    func payload(_ summary: ImportSummary, adjustments: [StockAdjustmentPayload]? = nil) -> ImportPayload {
        ImportPayload(
            file: summary.file, count: summary.count, added: summary.added, updated: summary.updated,
            unchanged: summary.unchanged, station: stationID, adjustments: adjustments)
    }

    /// What a code already names at this station, from the schema's `code` table. Every scan
    /// asks this first: the statement is prepared once per connection.
    static func codeOwner(_ db: Database, _ code: String) throws -> CodeOwner? {
        // Every scan asks this first: read through `CachedSQL`, not GRDB's rows.
        let query = try CachedSQL(db, "SELECT kind, owner FROM code WHERE code = ?")
        defer { query.finish() }
        query.bind(1, code)
        guard try query.step(), let kind = CodeOwner.Kind(rawValue: query.text(0)) else { return nil }
        return CodeOwner(kind: kind, owner: query.text(1))
    }

    /// Why `code` cannot be registered: it has the shape of a quantity the keeper types.
    static func quantityShaped(_ code: String, _ what: String, _ classifier: ScanClassifier) -> String? {
        guard classifier.matches(.quantity, code) else { return nil }
        return "\(what) \(code) has the shape of a quantity (the station's quantity pattern is \(classifier.patterns.quantity)), "
            + "so the keeper typing \(code) as a quantity would get this code instead; give it a longer code, "
            + "or narrow `scan_patterns: quantity:` in station.yaml (for example '^\\d{1,2}$')"
    }

    /// A reference problem at a row, with the column's position as the file's header has it.
    static func error(_ table: CSVTable, _ column: String, line: Int, _ message: String) -> CSVImportError {
        let index = table.header.firstIndex { $0.lowercased() == column }
        return CSVImportError(file: table.file, line: line, column: column, columnIndex: index.map { $0 + 1 }, message: message)
    }

    /// Whether the file asks for the same thing the station holds, leaving aside what the
    /// station itself changes (status and picked units).
    private static func sameRequest(_ stored: Requisition, _ file: Requisition) -> Bool {
        var stored = stored
        stored.status = file.status
        stored.lines = stored.lines.map { RequisitionLine(itemCode: $0.itemCode, requested: $0.requested, approved: $0.approved) }
        return stored == file
    }
}
