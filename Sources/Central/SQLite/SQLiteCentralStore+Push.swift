public import QuartermasterCore
internal import GRDB

/// Push: events, the high-water mark and the central ledger, in one transaction.
extension SQLiteCentralStore {
    public func push(_ events: [SyncEvent], from station: AuthenticatedStation) async throws -> PushAcknowledgement {
        let received = Self.milliseconds(now())
        return try await run("storing station \(station.station)'s events") {
            try await pool.write { db in
                let mark = try Int64.fetchOne(db, sql: "SELECT acknowledged FROM station_mark WHERE station = ?", arguments: [station.station]) ?? 0
                let plan = try PushPlan.make(events, from: station, acknowledged: mark)
                if let first = plan.known.first, let last = plan.known.last {
                    let stored = try Row.fetchAll(
                        db, sql: "SELECT sequence, id FROM event WHERE station = ? AND sequence BETWEEN ? AND ?",
                        arguments: [station.station, first.sequence, last.sequence])
                    try plan.checkKnown(storedIDs: Dictionary(uniqueKeysWithValues: stored.map { ($0["sequence"], $0["id"]) }), station: station.station)
                }
                guard !plan.fresh.isEmpty else { return PushAcknowledgement(acknowledged: mark) }
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO event (station, sequence, id, actor, time, kind, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for event in plan.fresh {
                    do {
                        try insert.execute(arguments: [event.station, event.sequence, event.id, event.actor, event.time, event.kind, event.payload, received])
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                        throw EventRules.idTaken(event)
                    }
                }
                try Self.apply(LedgerFacts(plan.fresh), db, raisedAt: received, site: station.site)
                try db.execute(
                    sql: "INSERT INTO station_mark (station, acknowledged) VALUES (?, ?) ON CONFLICT (station) DO UPDATE SET acknowledged = excluded.acknowledged",
                    arguments: [station.station, plan.acknowledged])
                return PushAcknowledgement(acknowledged: plan.acknowledged)
            }
        }
    }

    public func acknowledged(station: String) async throws -> Int64 {
        try await run("reading station \(station)'s mark") {
            try await pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT acknowledged FROM station_mark WHERE station = ?", arguments: [station]) ?? 0
            }
        }
    }

    public func events(station: String, after sequence: Int64, limit: Int) async throws -> [SyncEvent] {
        try await run("reading station \(station)'s events") {
            try await pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM event WHERE station = ? AND sequence > ? ORDER BY sequence LIMIT ?",
                    arguments: [station, sequence, max(0, limit)]
                ).map { row in
                    SyncEvent(id: row["id"], station: row["station"], sequence: row["sequence"], actor: row["actor"], time: row["time"], kind: row["kind"], payload: row["payload"])
                }
            }
        }
    }

    /// The register's records of `kind` under `keys`.
    private static func standing(_ kind: ReferenceKind, _ keys: [String], _ db: Database) throws -> LedgerFacts.RegisterStanding {
        var held: LedgerFacts.RegisterStanding = [:]
        for key in Set(keys) {
            if let row = try Row.fetchOne(db, sql: "SELECT site, body IS NULL AS withdrawn FROM reference WHERE kind = ? AND key = ?", arguments: [kind.rawValue, key]) {
                held[key] = (row["site"], row["withdrawn"])
            }
        }
        return held
    }

    /// Writes the batch's facts and the anomalies they raise from the ledger as it stood, and
    /// what they change in the register: the assets the station registered (`registerUpdates`)
    /// and the invites it used (`inviteWithdrawals`).
    private static func apply(_ facts: LedgerFacts, _ db: Database, raisedAt: Int64, site: String) throws {
        var state = LedgerState()
        for code in facts.itemCodes {
            state.stock[code] = try Int.fetchOne(db.cachedStatement(sql: "SELECT quantity FROM item_stock WHERE item_code = ?"), arguments: [code]) ?? 0
        }
        for requisition in facts.requisitions {
            state.pickupStations[requisition] = Set(try String.fetchAll(
                db.cachedStatement(sql: "SELECT station FROM requisition_pickup WHERE requisition = ?"), arguments: [requisition]))
        }
        for key in facts.sightingKeys {
            state.sightings[key] = Set(try String.fetchAll(
                db.cachedStatement(sql: "SELECT location FROM count_sighting WHERE session = ? AND tag = ?"), arguments: [key.session, key.tag]))
        }
        var anomalies = facts.anomalies(from: state)
        if !facts.registrations.isEmpty {
            let register = try facts.registerUpdates(held: try standing(.asset, facts.registrations.map(\.asset.tag), db), site: site)
            for update in register.updates { _ = try storeReference(update, db) }
            anomalies += register.anomalies
        }
        let invites = facts.usedInvites
        if !invites.isEmpty {
            for update in facts.inviteWithdrawals(held: try standing(.invite, invites, db)) { _ = try storeReference(update, db) }
        }

        let movement = try db.cachedStatement(sql: """
            INSERT INTO movement (event_id, station, time, kind, item_code, quantity, requisition, actor, recipient, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in facts.movements {
            try movement.execute(arguments: [m.eventID, m.station, m.time, m.kind.rawValue, m.itemCode, m.quantity, m.requisition, m.actor, m.recipient, m.note])
        }
        for delta in facts.stockDeltas {
            try db.cachedStatement(sql: """
                INSERT INTO stock (item_code, station, quantity) VALUES (?, ?, ?)
                ON CONFLICT (item_code, station) DO UPDATE SET quantity = quantity + excluded.quantity
                """).execute(arguments: [delta.itemCode, delta.station, delta.quantity])
            try db.cachedStatement(sql: """
                INSERT INTO item_stock (item_code, quantity) VALUES (?, ?)
                ON CONFLICT (item_code) DO UPDATE SET quantity = quantity + excluded.quantity
                """).execute(arguments: [delta.itemCode, delta.quantity])
        }
        for pickup in facts.newPickups(after: state) {
            try db.cachedStatement(sql: "INSERT INTO requisition_pickup (requisition, station, event_id) VALUES (?, ?, ?)")
                .execute(arguments: [pickup.requisition, pickup.station, pickup.eventID])
        }
        for sighting in facts.distinctSightings {
            try db.cachedStatement(sql: "INSERT INTO count_sighting (session, tag, location, station, event_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .execute(arguments: [sighting.session, sighting.tag, sighting.location, sighting.station, sighting.eventID])
        }
        for asset in facts.latestAssets {
            try db.cachedStatement(sql: """
                INSERT INTO asset_state (tag, location, status, station, event_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tag) DO UPDATE SET location = COALESCE(excluded.location, location), status = COALESCE(excluded.status, status),
                    station = excluded.station, event_id = excluded.event_id
                """).execute(arguments: [asset.tag, asset.location, asset.status, asset.station, asset.eventID])
        }
        for visit in facts.latestVisits {
            try db.cachedStatement(sql: """
                INSERT INTO visit (station, visit, status, host_badge, expected_date, event_id, invite) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (station, visit) DO UPDATE SET status = excluded.status, host_badge = excluded.host_badge,
                    expected_date = excluded.expected_date, event_id = excluded.event_id, invite = COALESCE(excluded.invite, invite)
                """).execute(arguments: [visit.station, visit.visit, visit.status, visit.hostBadge, visit.expectedDate, visit.eventID, visit.invite])
        }
        for anomaly in anomalies {
            try db.cachedStatement(sql: "INSERT INTO anomaly (kind, subject, station, event_id, detail, raised_at) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [anomaly.kind.rawValue, anomaly.subject, anomaly.station, anomaly.eventID, anomaly.detail, raisedAt])
        }
    }
}
