public import QuartermasterCore
internal import GRDB

/// What the kiosk and the CLI look up. Each read sees one committed state of the database.
extension StationDatabase {
    // MARK: Any code

    /// What a scanned code names, from the one table of every registered code (`code`): a
    /// badge, an item code or barcode, or a requisition number.
    public func code(_ code: String) throws(StationProblem) -> KnownCode? {
        try lookUp { db -> KnownCode? in
            guard let owner = try Self.codeOwner(db, code) else { return nil }
            switch owner.kind {
            case .badge:
                return try Self.fetchPerson(db, badge: owner.owner).map(KnownCode.badge)
            case .item, .itemBarcode:
                return try Self.fetchItem(db, code: owner.owner).map(KnownCode.item)
            case .requisition:
                return try Self.fetchRequisitionDetail(db, number: owner.owner).map(KnownCode.requisition)
            case .assetTag:
                return try AssetRecord.fetchOne(db, key: owner.owner).map { .asset(try $0.asset()) }
            case .location:
                return try LocationRecord.fetchOne(db, key: owner.owner).map { .location($0.location) }
            case .visitorInvite:
                return .visitorInvite(code)
            case .visitorBadge:
                return .visitorBadge(code)
            }
        }
    }

    // MARK: People

    public func person(badge: String) throws(StationProblem) -> Person? {
        try lookUp { db in try Self.fetchPerson(db, badge: badge) }
    }

    /// Everyone, active or not, by badge.
    public func people() throws(StationProblem) -> [Person] {
        try read { db in try PersonRecord.order(Column("badge")).fetchAll(db).map { try $0.person() } }
    }

    // MARK: Items

    public func item(code: String) throws(StationProblem) -> Item? {
        try lookUp { db in try Self.fetchItem(db, code: code) }
    }

    /// The item a scanned barcode stands for: one of its registered barcodes, or else its own
    /// code (our shelf labels print the code as the barcode).
    public func item(barcode: String) throws(StationProblem) -> Item? {
        try lookUp { db in
            let code = try String.fetchOne(db.cachedStatement(sql: "SELECT item_code FROM item_barcode WHERE barcode = ?"), arguments: [barcode]) ?? barcode
            return try Self.fetchItem(db, code: code)
        }
    }

    /// Every item, by code.
    public func items() throws(StationProblem) -> [Item] {
        try read { db in try Self.fetchItems(db) }
    }

    // MARK: Requisitions

    public func requisition(number: String) throws(StationProblem) -> Requisition? {
        try lookUp { db in try Self.fetchRequisition(db, number: number) }
    }

    /// A requisition with its applicant and its lines' items: what the kiosk shows after the
    /// keeper scans the slip. The applicant is nil if the people file has not been imported.
    public func requisitionDetail(number: String) throws(StationProblem) -> RequisitionDetail? {
        try lookUp { db in try Self.fetchRequisitionDetail(db, number: number) }
    }

    /// Every requisition, by number.
    public func requisitions() throws(StationProblem) -> [Requisition] {
        try read { db in
            let lines = Dictionary(grouping: try RequisitionLineRecord.order(sql: "rowid").fetchAll(db), by: \.requisitionNumber)
            return try RequisitionRecord.order(Column("number")).fetchAll(db).map { record in
                try record.requisition(lines: (lines[record.number] ?? []).map(\.line))
            }
        }
    }

    // MARK: Movements

    /// Stock movements in the order they were recorded, of one item or of all.
    public func movements(itemCode: String? = nil) throws(StationProblem) -> [StockMovement] {
        try read { db in
            var request = StockMovementRecord.order(Column("id"))
            if let itemCode { request = request.filter(Column("item_code") == itemCode) }
            return try request.fetchAll(db).map { try $0.movement() }
        }
    }

    // MARK: Inside transactions

    // Every scan at the counter runs these (and a pickup runs them again in its transaction):
    // cached prepared statements read by column position (`CachedSQL`), so a look-up costs
    // SQLite's work only, not the query builder's SQL generation, a fresh `sqlite3_prepare` or
    // GRDB's rows and record decoding.

    static func fetchPerson(_ db: Database, badge: String) throws -> Person? {
        let query = try CachedSQL(db, "SELECT badge, name, department, roles, active FROM person WHERE badge = ?")
        defer { query.finish() }
        query.bind(1, badge)
        guard try query.step() else { return nil }
        return try PersonRecord(
            badge: query.text(0), name: query.text(1), department: query.text(2), roles: query.text(3), active: query.int(4) != 0
        ).person()
    }

    static func fetchItem(_ db: Database, code: String) throws -> Item? {
        let query = try CachedSQL(db, "SELECT code, name, spec, unit, category, stock, threshold, bin FROM item WHERE code = ?")
        defer { query.finish() }
        query.bind(1, code)
        guard try query.step() else { return nil }
        let record = ItemRecord(
            code: query.text(0), name: query.text(1), spec: query.text(2), unit: query.text(3), category: query.text(4),
            stock: query.int(5), threshold: query.int(6), bin: query.text(7))
        query.finish()
        let barcodes = try CachedSQL(db, "SELECT barcode FROM item_barcode WHERE item_code = ? ORDER BY rowid")
        defer { barcodes.finish() }
        barcodes.bind(1, code)
        var found: [String] = []
        while try barcodes.step() { found.append(barcodes.text(0)) }
        return try record.item(barcodes: found)
    }

    static func fetchItems(_ db: Database) throws -> [Item] {
        let barcodes = Dictionary(grouping: try ItemBarcodeRecord.order(sql: "rowid").fetchAll(db), by: \.itemCode)
        return try ItemRecord.order(Column("code")).fetchAll(db).map { record in
            try record.item(barcodes: (barcodes[record.code] ?? []).map(\.barcode))
        }
    }

    static func fetchRequisitionDetail(_ db: Database, number: String) throws -> RequisitionDetail? {
        guard let requisition = try Self.fetchRequisition(db, number: number) else { return nil }
        let applicant = try Self.fetchPerson(db, badge: requisition.applicantBadge)
        var items: [String: Item] = [:]
        for line in requisition.lines {
            items[line.itemCode] = try Self.fetchItem(db, code: line.itemCode)
        }
        return RequisitionDetail(requisition: requisition, applicant: applicant, items: items)
    }

    static func fetchRequisition(_ db: Database, number: String) throws -> Requisition? {
        let query = try CachedSQL(db, """
            SELECT number, applicant_badge, department, date, purpose, approver, status, rejection_reason
            FROM requisition WHERE number = ?
            """)
        defer { query.finish() }
        query.bind(1, number)
        guard try query.step() else { return nil }
        let record = RequisitionRecord(
            number: query.text(0), applicantBadge: query.text(1), department: query.text(2), date: query.text(3),
            purpose: query.text(4), approver: query.text(5), status: query.text(6), rejectionReason: query.optionalText(7))
        query.finish()
        // In the order they were imported (rowid), sorted here: `ORDER BY rowid` would make
        // SQLite sort them in a temporary b-tree, the key index giving them by item code.
        let lines = try CachedSQL(db, "SELECT rowid, item_code, requested, approved, picked FROM requisition_line WHERE requisition_number = ?")
        defer { lines.finish() }
        lines.bind(1, number)
        var found: [(rowid: Int64, line: RequisitionLine)] = []
        while try lines.step() {
            found.append((lines.int64(0), RequisitionLine(itemCode: lines.text(1), requested: lines.int(2), approved: lines.int(3), picked: lines.int(4))))
        }
        found.sort { $0.rowid < $1.rowid }
        return try record.requisition(lines: found.map(\.line))
    }
}
