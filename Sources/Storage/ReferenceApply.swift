internal import Foundation
internal import QuartermasterCore
internal import GRDB

/// One reference page's changes applied kind by kind inside the page's transaction
/// (`StationDatabase.applyReference`), each kind through the rules of its import.
struct ReferenceApply {
    let database: StationDatabase
    let db: Database
    let file: String
    let time: Date
    private var actor: String { StationDatabase.centreActor }

    init(database: StationDatabase, db: Database, file: String, time: Date) {
        self.database = database
        self.db = db
        self.file = file
        self.time = time
    }

    // MARK: People, items, requisitions

    func people(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var rows: [(ReferenceChange, [[String]])] = []
        for change in changes {
            var person: Person
            if let body = change.body {
                person = try ReferenceBodyDecoding.decode(Person.self, body)
            } else if let leaver = try PersonRecord.fetchOne(db, key: change.key)?.person() {
                person = leaver
                person.active = false  // withdrawn at the centre: deactivated, never deleted
            } else {
                continue
            }
            rows.append((change, [[person.badge, person.name, person.department, person.roles.sorted().map(\.rawValue).joined(separator: ";"), person.active ? "yes" : "no"]]))
        }
        application.applied += try importRefusing(rows, header: PeopleCSV.columns + ["active"], &application) { table in
            try database.importPeople(table, actorBadge: actor, time: time, patterns: .default, in: db)
        }
    }

    func items(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var rows: [(ReferenceChange, [[String]])] = []
        for change in changes {
            guard let body = change.body else { application.skipped += 1; continue }
            var item = try ReferenceBodyDecoding.decode(Item.self, body)
            // The centre's figure is not this shelf's: a new item starts at 0 here, an existing
            // one keeps the stock this station counted.
            item.stock = 0
            rows.append((change, [[item.code, item.barcodes.joined(separator: ";"), item.name, item.spec, item.unit, item.category.rawValue,
                                   "\(item.stock)", "\(item.threshold)", item.bin]]))
        }
        application.applied += try importRefusing(rows, header: ItemsCSV.columns, &application) { table in
            try database.importItems(table, actorBadge: actor, time: time, setStock: false, patterns: .default, in: db)
        }
    }

    func requisitions(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var rows: [(ReferenceChange, [[String]])] = []
        for change in changes {
            var requisition: Requisition
            if let body = change.body {
                requisition = try ReferenceBodyDecoding.decode(Requisition.self, body)
            } else if let existing = try StationDatabase.fetchRequisition(db, number: change.key), existing.status.isPickable || existing.status == .draft {
                // Withdrawn at the centre, or moved to another site's storeroom: cancelled here,
                // so it is not handed out twice; one already picked here stays as it is (below).
                requisition = existing
                requisition.status = .cancelled
            } else {
                application.skipped += 1
                continue
            }
            if let existing = try StationDatabase.fetchRequisition(db, number: requisition.number), existing.lines.contains(where: { $0.picked > 0 }) {
                application.skipped += 1
                continue
            }
            rows.append((change, requisition.lines.map { line in
                [requisition.number, requisition.applicantBadge, requisition.department, requisition.date.description, requisition.purpose,
                 requisition.approver, requisition.status.rawValue, line.itemCode, "\(line.requested)", "\(line.approved)",
                 requisition.rejectionReason ?? ""]
            }))
        }
        application.applied += try importRefusing(rows, header: RequisitionsCSV.columns + ["rejection_reason"], &application) { table in
            try database.importRequisitions(table, actorBadge: actor, time: time, patterns: .default, in: db)
        }
    }

    // MARK: Locations and assets

    func locations(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var rows: [(ReferenceChange, [[String]])] = []
        var withdrawn: [String] = []
        for change in changes {
            guard let body = change.body else {
                if try LocationRecord.exists(db, key: change.key) { withdrawn.append(change.key) } else { application.skipped += 1 }
                continue
            }
            let location = try ReferenceBodyDecoding.decode(Location.self, body)
            rows.append((change, [[location.code, location.name, location.parentCode ?? ""]]))
        }
        var applied: [String] = []
        application.applied += try importRefusing(rows, header: LocationsCSV.columns, &application, keys: &applied) { table in
            try database.importLocations(table, actorBadge: actor, time: time, patterns: .default, in: db)
        }
        try mark("location", key: "code", withdrawn: withdrawn, restored: applied, kind: .locationsImported, &application)
    }

    func assets(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var rows: [(ReferenceChange, [[String]])] = []
        var withdrawn: [String] = []
        var factTags: Set<String>?
        for change in changes {
            guard let body = change.body else {
                if try AssetRecord.exists(db, key: change.key) { withdrawn.append(change.key) } else { application.skipped += 1 }
                continue
            }
            var asset = try ReferenceBodyDecoding.decode(Asset.self, body)
            if let stored = try AssetRecord.fetchOne(db, key: asset.tag) {
                if factTags == nil { factTags = try Self.tagsWithFacts(db) }
                if factTags?.contains(asset.tag) == true, let status = AssetStatus(rawValue: stored.status) {
                    // Counted or moved here: where it is and how it stands are this station's facts.
                    asset.locationCode = stored.locationCode
                    asset.status = status
                }
            }
            rows.append((change, [[
                asset.tag, asset.name, asset.model, asset.serial, asset.category, asset.locationCode ?? "", asset.status.rawValue,
                asset.custodianBadge ?? "", asset.purchaseDate?.description ?? "", asset.costCents.map(AssetsCSV.cost) ?? "",
                asset.nextMaintenance?.description ?? "",
            ]]))
        }
        var applied: [String] = []
        application.applied += try importRefusing(rows, header: AssetsCSV.columns + AssetsCSV.optionalColumns, &application, keys: &applied) { table in
            try database.importAssets(table, actorBadge: actor, time: time, patterns: .default, in: db)
        }
        try mark("asset", key: "tag", withdrawn: withdrawn, restored: applied, kind: .assetsImported, &application)
    }

    /// Tags this station has facts about: counted, moved, its status changed or disposed of here.
    private static func tagsWithFacts(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT DISTINCT json_extract(payload, '$.tag') FROM journal
            WHERE kind IN ('count.scanned', 'count.move_accepted', 'asset.moved', 'asset.status_changed', 'asset.disposed')
              AND json_extract(payload, '$.tag') IS NOT NULL
            """))
    }

    /// Marks withdrawn keys, and brings back withdrawn ones the page put again; one journal
    /// event says which.
    private func mark(
        _ table: String, key column: String, withdrawn: [String], restored applied: [String], kind: JournalEventKind,
        _ application: inout ReferenceApplication
    ) throws {
        var restored: [String] = []
        for key in applied {
            try db.execute(sql: "UPDATE \(table) SET withdrawn = 0 WHERE \(column) = ? AND withdrawn = 1", arguments: [key])
            if db.changesCount > 0 { restored.append(key) }
        }
        var marked: [String] = []
        for key in withdrawn {
            try db.execute(sql: "UPDATE \(table) SET withdrawn = 1 WHERE \(column) = ? AND withdrawn = 0", arguments: [key])
            if db.changesCount > 0 { marked.append(key) } else { application.skipped += 1 }
        }
        application.applied += marked.count
        guard !marked.isEmpty || !restored.isEmpty else { return }
        var payload = database.payload(ImportSummary(file: file, count: marked.count + restored.count, added: 0, updated: marked.count + restored.count, unchanged: 0))
        payload.withdrawn = marked.isEmpty ? nil : marked
        payload.restored = restored.isEmpty ? nil : restored
        _ = try database.appendJournal(db, kind: kind, actor: actor, time: time, payload: payload)
    }

    // MARK: Invites

    /// An invite from the centre, registered as reception registers a visit ahead
    /// (`visit.invited`), under the centre's code.
    func invites(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        let classifier = ScanClassifier(patterns: .default)
        let station = database.stationID
        for change in changes {
            let stored = try VisitRecord.filter(sql: "invite_code = ?", arguments: [change.key]).fetchOne(db)
            guard let body = change.body else {
                guard let stored, try stored.visit().status == .expected else {
                    application.skipped += 1
                    continue
                }
                // Never used: the code opens nothing any more, the visitor's data goes, and the
                // closing time does not make it a no-show.
                var visit = try stored.visit().anonymisedCopy()
                visit.inviteCode = nil
                try VisitRecord(visit, station: stored.station).update(db)
                try db.execute(sql: "UPDATE visit SET withdrawn = 1 WHERE id = ?", arguments: [stored.id])
                _ = try database.appendJournal(db, kind: .visitAnonymised, actor: actor, time: time,
                                               payload: VisitPayload(visit, id: stored.id ?? 0, station: station))
                application.applied += 1
                continue
            }
            let invite = try ReferenceBodyDecoding.decode(CentralInvite.self, body)
            func refuse(_ reason: String) {
                application.refused.append(ReferenceRefusal(kind: change.kind, key: change.key, cursor: change.cursor, reason: reason))
            }
            let name = invite.visitorName.trimmingCharacters(in: .whitespaces)
            if let problem = StationDatabase.quantityShaped(invite.code, "invite code", classifier) {
                refuse(problem)
                continue
            }
            if let owner = try StationDatabase.codeOwner(db, invite.code), owner.kind != .visitorInvite {
                refuse("\(invite.code) is already \(owner), and a code may name one thing only; give the invite another code")
                continue
            }
            guard !name.isEmpty else {
                refuse("the invite has no visitor name")
                continue
            }
            guard let host = try PersonRecord.fetchOne(db, key: invite.hostBadge)?.person(), host.active else {
                refuse("the host \(invite.hostBadge) is not an active person at this station; put the person at the centre first, or choose another host")
                continue
            }
            var visit = Visit(name: name, company: invite.company, purpose: invite.purpose, hostBadge: host.badge, expectedDate: invite.date, inviteCode: invite.code)
            if let stored {
                let before = try stored.visit()
                guard before.status == .expected else {
                    application.skipped += 1  // used here already: its sign-in, refusal or no-show are facts
                    continue
                }
                visit.id = stored.id
                visit.phone = before.phone
                visit.rulesVersion = before.rulesVersion
                if visit == before {
                    application.applied += 1
                    continue
                }
            }
            var record = VisitRecord(visit, station: stored?.station ?? station)
            if stored == nil { try record.insert(db) } else { try record.update(db) }
            _ = try database.appendJournal(db, kind: .visitInvited, actor: actor, time: time,
                                           payload: VisitPayload(visit, id: record.id ?? 0, station: station))
            application.applied += 1
        }
    }

    // MARK: Count campaigns

    func campaigns(_ changes: [ReferenceChange], _ application: inout ReferenceApplication) throws {
        var imported: [ImportedCampaign] = []
        for change in changes {
            let exists = try Int.fetchOne(db, sql: "SELECT withdrawn FROM count_campaign WHERE id = ?", arguments: [change.key])
            guard let body = change.body else {
                if exists == 0 {
                    try db.execute(sql: "UPDATE count_campaign SET withdrawn = 1 WHERE id = ?", arguments: [change.key])
                    imported.append(ImportedCampaign(id: change.key, change: "withdrawn"))
                    application.applied += 1
                } else {
                    application.skipped += 1
                }
                continue
            }
            let campaign = try ReferenceBodyDecoding.decode(CountCampaign.self, body)
            let name = campaign.name.trimmingCharacters(in: .whitespaces)
            let locations = Array(Set(campaign.locations.filter { !$0.isEmpty })).sorted()
            guard campaign.id == change.key, !name.isEmpty, campaign.starts <= campaign.ends, !locations.isEmpty else {
                application.refused.append(ReferenceRefusal(
                    kind: change.kind, key: change.key, cursor: change.cursor,
                    reason: "a campaign needs its id, a name, at least one location and a first day no later than its last"))
                continue
            }
            try db.execute(sql: """
                INSERT INTO count_campaign (id, name, starts, ends, withdrawn) VALUES (?, ?, ?, ?, 0)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, starts = excluded.starts, ends = excluded.ends, withdrawn = 0
                """, arguments: [campaign.id, name, campaign.starts.description, campaign.ends.description])
            try db.execute(sql: "DELETE FROM count_campaign_location WHERE campaign_id = ?", arguments: [campaign.id])
            for code in locations {
                try db.execute(sql: "INSERT INTO count_campaign_location (campaign_id, location_code) VALUES (?, ?)", arguments: [campaign.id, code])
            }
            imported.append(ImportedCampaign(
                id: campaign.id, change: exists == nil ? "added" : "updated", name: name, locations: locations,
                starts: campaign.starts.description, ends: campaign.ends.description))
            application.applied += 1
        }
        guard !imported.isEmpty else { return }
        _ = try database.appendJournal(db, kind: .campaignsImported, actor: actor, time: time,
                                       payload: CampaignsImportedPayload(file: file, campaigns: imported, station: database.stationID))
    }

    // MARK: Refusing one change, applying the rest

    /// Runs an import over the changes' rows; when it refuses rows, the changes they belong to
    /// are refused (with the import's words) and the import runs again without them, until it
    /// takes what is left. An import checks everything before it writes, so a refused attempt
    /// left nothing behind. Returns the import's record count; `keys` gets the applied keys.
    private func importRefusing(
        _ changes: [(ReferenceChange, [[String]])], header: [String], _ application: inout ReferenceApplication,
        keys: inout [String], _ run: (CSVTable) throws -> ImportSummary
    ) throws -> Int {
        var remaining = changes.filter { !$0.1.isEmpty }
        while !remaining.isEmpty {
            let table = CSVTable(parsing: CSVWriter.document(header: header, rows: remaining.flatMap(\.1)), file: file)
            var owner: [Int: Int] = [:]  // a row's first line → its change
            var next = 0
            for (index, change) in remaining.enumerated() {
                for _ in change.1 where next < table.rows.count {
                    owner[table.rows[next].line] = index
                    next += 1
                }
            }
            do {
                let summary = try run(table)
                keys = remaining.map(\.0.key)
                return summary.count
            } catch let failure as CSVImportFailure {
                var reasons: [Int: [String]] = [:]
                for error in failure.errors {
                    if let index = owner[error.line] { reasons[index, default: []].append(error.message) }
                }
                guard !reasons.isEmpty else { throw failure }
                for (index, messages) in reasons {
                    let change = remaining[index].0
                    application.refused.append(ReferenceRefusal(kind: change.kind, key: change.key, cursor: change.cursor, reason: messages.joined(separator: "; ")))
                }
                remaining = remaining.enumerated().filter { reasons[$0.offset] == nil }.map(\.element)
            }
        }
        return 0
    }

    private func importRefusing(
        _ changes: [(ReferenceChange, [[String]])], header: [String], _ application: inout ReferenceApplication,
        _ run: (CSVTable) throws -> ImportSummary
    ) throws -> Int {
        var keys: [String] = []
        return try importRefusing(changes, header: header, &application, keys: &keys, run)
    }
}

/// Bodies as the centre encodes them (`ReferenceBody`: sorted keys, dates in milliseconds).
enum ReferenceBodyDecoding {
    static func decode<T: Decodable>(_ type: T.Type, _ body: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(body.utf8))
    }
}

/// A campaign as the journal's `campaigns.imported` records it.
struct ImportedCampaign: Encodable, Sendable {
    var id: String
    var change: String
    var name: String?
    var locations: [String]?
    var starts: String?
    var ends: String?
}

struct CampaignsImportedPayload: Encodable, Sendable {
    var file: String
    var campaigns: [ImportedCampaign]
    var station: String
}
