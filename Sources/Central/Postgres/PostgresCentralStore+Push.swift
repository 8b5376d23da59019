public import QuartermasterCore
internal import PostgresNIO

/// Push: events, the high-water mark and the central ledger, in one transaction. The events,
/// movements and requisition pickups go in with `COPY`, the other ledger rows as arrays, one
/// `INSERT … SELECT FROM unnest(…)` per table, so a batch of 5,000 events costs a handful of
/// round trips, not thousands.
extension PostgresCentralStore {
    public func push(_ events: [SyncEvent], from station: AuthenticatedStation) async throws -> PushAcknowledgement {
        let received = Self.milliseconds(now())
        let id = station.station
        let ordered = try PushPlan.ordered(events, from: station)
        // The batch is read, and its rows written out, before the transaction: that work then
        // runs while another batch is in PostgreSQL instead of holding the station's row lock
        // (BENCHMARKS.md, "Central push"). A batch that overlaps the mark is read again below.
        let whole = PreparedPush(ordered, received: received)
        return try await transaction("storing station \(id)'s events") { connection in
            var mark: Int64 = 0
            // The row lock orders two pushes of one station; the second sees the first's mark.
            // One round trip: the no-op update of an existing row locks it (as FOR UPDATE would)
            // and returns its latest committed mark; a new station's row starts at 0.
            let marks = try await connection.query("""
                INSERT INTO station_mark (station, acknowledged) VALUES (\(id), 0)
                ON CONFLICT (station) DO UPDATE SET acknowledged = station_mark.acknowledged
                RETURNING acknowledged
                """, logger: logger)
            for try await value in marks.decode(Int64.self) { mark = value }
            let plan = try PushPlan.make(ordered: ordered, acknowledged: mark)
            if let first = plan.known.first?.sequence, let last = plan.known.last?.sequence {
                var stored: [Int64: String] = [:]
                let rows = try await connection.query(
                    "SELECT sequence, id FROM event WHERE station = \(id) AND sequence BETWEEN \(first) AND \(last)", logger: logger)
                for try await (sequence, eventID) in rows.decode((Int64, String).self) { stored[sequence] = eventID }
                try plan.checkKnown(storedIDs: stored, station: id)
            }
            guard !plan.fresh.isEmpty else { return PushAcknowledgement(acknowledged: mark) }
            let prepared = plan.fresh.count == ordered.count ? whole : PreparedPush(plan.fresh, received: received)
            try await insertEvents(prepared, connection)
            try await apply(prepared, raisedAt: received, site: station.site, connection)
            let acknowledged = plan.acknowledged
            try await connection.query("UPDATE station_mark SET acknowledged = \(acknowledged) WHERE station = \(id)", logger: logger)
            return PushAcknowledgement(acknowledged: acknowledged)
        }
    }

    /// A batch's new events read and written out for the push: their ledger facts, and their
    /// rows and movements in COPY's text format.
    private struct PreparedPush {
        var events: [SyncEvent]
        var received: Int64
        var facts: LedgerFacts
        var eventRows: ByteBuffer
        var movementRows: ByteBuffer

        init(_ events: [SyncEvent], received: Int64) {
            self.events = events
            self.received = received
            facts = LedgerFacts(events)
            var rows = CopyRows(capacity: events.reduce(0) { $0 + $1.payload.utf8.count + 128 })
            for event in events {
                rows.text(event.station); rows.integer(event.sequence); rows.text(event.id); rows.text(event.actor)
                rows.integer(event.time); rows.text(event.kind); rows.text(event.payload); rows.integer(received)
                rows.endRow()
            }
            eventRows = rows.buffer
            // COPY keeps the rows' order, so the movements' ids follow the batch's.
            var movements = CopyRows(capacity: facts.movements.count * 160)
            for m in facts.movements {
                movements.text(m.eventID); movements.text(m.station); movements.integer(m.time); movements.text(m.kind.rawValue)
                movements.text(m.itemCode); movements.integer(Int64(m.quantity)); movements.text(m.requisition); movements.text(m.actor)
                movements.text(m.recipient); movements.text(m.note)
                movements.endRow()
            }
            movementRows = movements.buffer
        }
    }

    /// The batch's events, streamed in with `COPY … FROM STDIN`.
    /// COPY has no `ON CONFLICT`: an id already stored makes it fail, the savepoint undoes it,
    /// and the events go in again by `insertEventsNamingTheTakenID`, which names the culprit.
    private func insertEvents(_ prepared: PreparedPush, _ connection: PostgresConnection) async throws {
        try await connection.query("SAVEPOINT events", logger: logger)
        do {
            try await copy(prepared.eventRows, into: "event", ["station", "sequence", "id", "actor", "time", "kind", "payload", "received_at"], connection)
        } catch {
            guard let error = error as? PSQLError, error.serverInfo?[.sqlState] == "23505" else { throw error }
            try await connection.query("ROLLBACK TO SAVEPOINT events", logger: logger)
            try await insertEventsNamingTheTakenID(prepared.events, received: prepared.received, connection)
        }
    }

    /// Rows in COPY's text format (`CopyRows`) into `table`'s `columns`, in one `COPY … FROM STDIN`.
    private func copy(_ rows: ByteBuffer, into table: String, _ columns: [String], _ connection: PostgresConnection) async throws {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(rows) }
    }

    private func insertEventsNamingTheTakenID(_ events: [SyncEvent], received: Int64, _ connection: PostgresConnection) async throws {
        let stations = events.map(\.station)
        let sequences = events.map(\.sequence)
        let ids = events.map(\.id)
        let actors = events.map(\.actor)
        let times = events.map(\.time)
        let kinds = events.map(\.kind)
        let payloads = events.map(\.payload)
        // Only the count comes back: decoding a returned row per event cost the centre more
        // than the insert's round trip.
        let counts = try await connection.query("""
            WITH inserted AS (
                INSERT INTO event (station, sequence, id, actor, time, kind, payload, received_at)
                SELECT s, q, i, a, t, k, p, \(received)
                FROM unnest(\(stations)::text[], \(sequences)::int8[], \(ids)::text[], \(actors)::text[], \(times)::int8[], \(kinds)::text[], \(payloads)::text[])
                    AS batch(s, q, i, a, t, k, p)
                ON CONFLICT (id) DO NOTHING
                RETURNING 1
            )
            SELECT count(*) FROM inserted
            """, logger: logger)
        var inserted: Int64 = 0
        for try await count in counts.decode(Int64.self) { inserted = count }
        guard inserted < Int64(events.count), let first = events.first, let last = events.last else { return }
        // An id already stored under another station or sequence: the whole batch rolls back.
        // The batch's sequences are all above the mark, so what is stored under them now is
        // exactly what this statement inserted; the first sequence missing there is the
        // culprit (by sequence, not id: two events of one batch may share an id).
        var stored: Set<Int64> = []
        let rows = try await connection.query(
            "SELECT sequence FROM event WHERE station = \(first.station) AND sequence BETWEEN \(first.sequence) AND \(last.sequence)", logger: logger)
        for try await sequence in rows.decode(Int64.self) { stored.insert(sequence) }
        let taken = events.first { !stored.contains($0.sequence) } ?? first
        throw EventRules.idTaken(taken)
    }

    /// The register's records of `kind` under `keys`.
    private func standing(_ kind: ReferenceKind, _ keys: [String], _ connection: PostgresConnection) async throws -> LedgerFacts.RegisterStanding {
        let kind = kind.rawValue
        let keys = Array(Set(keys))
        var held: LedgerFacts.RegisterStanding = [:]
        let rows = try await connection.query("SELECT key, site, body IS NULL FROM reference WHERE kind = \(kind) AND key = ANY(\(keys)::text[])", logger: logger)
        for try await (key, site, withdrawn) in rows.decode((String, String?, Bool).self) { held[key] = (site, withdrawn) }
        return held
    }

    /// Writes the batch's facts and the anomalies they raise from the ledger as it stood,
    /// under the ledger lock, so a concurrent push of another station cannot slip between; and
    /// what they change in the register: the assets the station registered (`registerUpdates`)
    /// and the invites it used (`inviteWithdrawals`).
    private func apply(_ prepared: PreparedPush, raisedAt: Int64, site: String, _ connection: PostgresConnection) async throws {
        let facts = prepared.facts
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.ledgerLock))", logger: logger)
        var state = LedgerState()
        let items = facts.itemCodes
        if !items.isEmpty {
            let rows = try await connection.query("SELECT item_code, quantity FROM item_stock WHERE item_code = ANY(\(items)::text[])", logger: logger)
            for try await (item, quantity) in rows.decode((String, Int64).self) { state.stock[item] = Int(quantity) }
        }
        let requisitions = facts.requisitions
        if !requisitions.isEmpty {
            let rows = try await connection.query("SELECT requisition, station FROM requisition_pickup WHERE requisition = ANY(\(requisitions)::text[])", logger: logger)
            for try await (requisition, station) in rows.decode((String, String).self) { state.pickupStations[requisition, default: []].insert(station) }
        }
        let keys = facts.sightingKeys
        if !keys.isEmpty {
            let sessions = keys.map(\.session)
            let tags = keys.map(\.tag)
            let rows = try await connection.query("""
                SELECT c.session, c.tag, c.location FROM count_sighting c
                JOIN unnest(\(sessions)::text[], \(tags)::text[]) AS k(session, tag) ON c.session = k.session AND c.tag = k.tag
                """, logger: logger)
            for try await (session, tag, location) in rows.decode((String, String, String).self) {
                state.sightings[LedgerState.SightingKey(session: session, tag: tag), default: []].insert(location)
            }
        }
        var anomalies = facts.anomalies(from: state)
        if !facts.registrations.isEmpty {
            let held = try await standing(.asset, facts.registrations.map(\.asset.tag), connection)
            let register = try facts.registerUpdates(held: held, site: site)
            for update in register.updates { _ = try await storeReference(update, connection) }
            anomalies += register.anomalies
        }
        let invites = facts.usedInvites
        if !invites.isEmpty {
            for update in facts.inviteWithdrawals(held: try await standing(.invite, invites, connection)) { _ = try await storeReference(update, connection) }
        }

        if !facts.movements.isEmpty {
            try await copy(
                prepared.movementRows, into: "movement",
                ["event_id", "station", "time", "kind", "item_code", "quantity", "requisition", "actor", "recipient", "note"], connection)
        }
        let deltas = facts.stockDeltas
        if !deltas.isEmpty {
            let items = deltas.map(\.itemCode), stations = deltas.map(\.station), quantities = deltas.map { Int64($0.quantity) }
            // Both upserts in one statement (one round trip); they touch different tables.
            try await connection.query("""
                WITH d AS (SELECT * FROM unnest(\(items)::text[], \(stations)::text[], \(quantities)::int8[]) AS d(i, s, q)),
                per_station AS (
                    INSERT INTO stock (item_code, station, quantity) SELECT i, s, q FROM d
                    ON CONFLICT (item_code, station) DO UPDATE SET quantity = stock.quantity + excluded.quantity
                )
                INSERT INTO item_stock (item_code, quantity)
                SELECT i, SUM(q) FROM d GROUP BY i
                ON CONFLICT (item_code) DO UPDATE SET quantity = item_stock.quantity + excluded.quantity
                """, logger: logger)
        }
        let pickups = facts.newPickups(after: state)
        if !pickups.isEmpty {
            // Only pairs the ledger lacks (read above, under the ledger lock): no ON CONFLICT.
            var rows = CopyRows(capacity: pickups.count * 96)
            for pickup in pickups {
                rows.text(pickup.requisition); rows.text(pickup.station); rows.text(pickup.eventID)
                rows.endRow()
            }
            try await copy(rows.buffer, into: "requisition_pickup", ["requisition", "station", "event_id"], connection)
        }
        let sightings = facts.distinctSightings
        if !sightings.isEmpty {
            let sessions = sightings.map(\.session), tags = sightings.map(\.tag), locations = sightings.map(\.location)
            let stations = sightings.map(\.station), events = sightings.map(\.eventID)
            try await connection.query("""
                INSERT INTO count_sighting (session, tag, location, station, event_id)
                SELECT * FROM unnest(\(sessions)::text[], \(tags)::text[], \(locations)::text[], \(stations)::text[], \(events)::text[])
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
        let assets = facts.latestAssets
        if !assets.isEmpty {
            let tags = assets.map(\.tag), stations = assets.map(\.station), events = assets.map(\.eventID)
            let (locations, noLocation) = Self.nullable(assets.map(\.location))
            let (statuses, noStatus) = Self.nullable(assets.map(\.status))
            try await connection.query("""
                INSERT INTO asset_state (tag, location, status, station, event_id)
                SELECT t, CASE WHEN nl THEN NULL ELSE l END, CASE WHEN ns THEN NULL ELSE s END, st, e
                FROM unnest(\(tags)::text[], \(locations)::text[], \(noLocation)::bool[], \(statuses)::text[], \(noStatus)::bool[], \(stations)::text[], \(events)::text[])
                    AS batch(t, l, nl, s, ns, st, e)
                ON CONFLICT (tag) DO UPDATE SET location = COALESCE(excluded.location, asset_state.location),
                    status = COALESCE(excluded.status, asset_state.status), station = excluded.station, event_id = excluded.event_id
                """, logger: logger)
        }
        let visits = facts.latestVisits
        if !visits.isEmpty {
            let stations = visits.map(\.station), numbers = visits.map(\.visit), statuses = visits.map(\.status)
            let hosts = visits.map(\.hostBadge), dates = visits.map(\.expectedDate), events = visits.map(\.eventID)
            let (invites, noInvite) = Self.nullable(visits.map(\.invite))
            try await connection.query("""
                INSERT INTO visit (station, visit, status, host_badge, expected_date, event_id, invite)
                SELECT st, v, s, h, d, e, CASE WHEN ni THEN NULL ELSE i END
                FROM unnest(\(stations)::text[], \(numbers)::int8[], \(statuses)::text[], \(hosts)::text[], \(dates)::text[], \(events)::text[],
                            \(invites)::text[], \(noInvite)::bool[])
                    AS batch(st, v, s, h, d, e, i, ni)
                ON CONFLICT (station, visit) DO UPDATE SET status = excluded.status, host_badge = excluded.host_badge,
                    expected_date = excluded.expected_date, event_id = excluded.event_id, invite = COALESCE(excluded.invite, visit.invite)
                """, logger: logger)
        }
        if !anomalies.isEmpty {
            let kinds = anomalies.map(\.kind.rawValue), subjects = anomalies.map(\.subject), stations = anomalies.map(\.station)
            let events = anomalies.map(\.eventID), details = anomalies.map(\.detail)
            try await connection.query("""
                INSERT INTO anomaly (kind, subject, station, event_id, detail, raised_at)
                SELECT k, s, st, e, d, \(raisedAt)
                FROM unnest(\(kinds)::text[], \(subjects)::text[], \(stations)::text[], \(events)::text[], \(details)::text[])
                    WITH ORDINALITY AS batch(k, s, st, e, d, position)
                ORDER BY position
                """, logger: logger)
        }
    }

    /// An optional column as two arrays PostgreSQL can take: the values ('' for none) and
    /// whether each is NULL, so '' and NULL stay apart.
    private static func nullable(_ values: [String?]) -> ([String], [Bool]) {
        (values.map { $0 ?? "" }, values.map { $0 == nil })
    }
}
