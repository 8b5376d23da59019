internal import PostgresNIO

/// The centre's PostgreSQL schema, recorded in `central_migration` (one row per migration
/// applied). Migrations are never edited once shipped; add the next one at the end.
extension PostgresCentralStore {
    static let migrations: [(name: String, statements: [String])] = [
        ("central-v1", [
            """
            CREATE TABLE station (
                id BIGSERIAL PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                site TEXT NOT NULL,
                station_id TEXT,
                code_hash TEXT UNIQUE,
                token_hash TEXT UNIQUE,
                added_at BIGINT NOT NULL,
                enrolled_at BIGINT,
                revoked_at BIGINT
            )
            """,
            "CREATE UNIQUE INDEX station_live_name ON station(name) WHERE revoked_at IS NULL",
            "CREATE UNIQUE INDEX station_live_id ON station(station_id) WHERE revoked_at IS NULL",
            "CREATE TABLE station_mark (station TEXT PRIMARY KEY, acknowledged BIGINT NOT NULL CHECK (acknowledged >= 0))",
            """
            CREATE TABLE event (
                station TEXT NOT NULL,
                sequence BIGINT NOT NULL CHECK (sequence >= 1),
                id TEXT NOT NULL UNIQUE,
                actor TEXT NOT NULL,
                time BIGINT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                PRIMARY KEY (station, sequence)
            )
            """,
            """
            CREATE TABLE movement (
                id BIGSERIAL PRIMARY KEY,
                event_id TEXT NOT NULL REFERENCES event(id),
                station TEXT NOT NULL,
                time BIGINT NOT NULL,
                kind TEXT NOT NULL,
                item_code TEXT NOT NULL,
                quantity BIGINT NOT NULL,
                requisition TEXT,
                actor TEXT NOT NULL,
                recipient TEXT,
                note TEXT
            )
            """,
            "CREATE TABLE stock (item_code TEXT NOT NULL, station TEXT NOT NULL, quantity BIGINT NOT NULL, PRIMARY KEY (item_code, station))",
            "CREATE TABLE item_stock (item_code TEXT PRIMARY KEY, quantity BIGINT NOT NULL)",
            """
            CREATE TABLE requisition_pickup (
                requisition TEXT NOT NULL, station TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES event(id),
                PRIMARY KEY (requisition, station)
            )
            """,
            """
            CREATE TABLE count_sighting (
                session TEXT NOT NULL, tag TEXT NOT NULL, location TEXT NOT NULL, station TEXT NOT NULL,
                event_id TEXT NOT NULL REFERENCES event(id),
                PRIMARY KEY (session, tag, location)
            )
            """,
            """
            CREATE TABLE asset_state (
                tag TEXT PRIMARY KEY, location TEXT, status TEXT, station TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES event(id)
            )
            """,
            """
            CREATE TABLE visit (
                station TEXT NOT NULL, visit BIGINT NOT NULL, status TEXT NOT NULL, host_badge TEXT NOT NULL,
                expected_date TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES event(id),
                PRIMARY KEY (station, visit)
            )
            """,
            """
            CREATE TABLE anomaly (
                id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, station TEXT NOT NULL,
                event_id TEXT NOT NULL REFERENCES event(id), detail TEXT NOT NULL, raised_at BIGINT NOT NULL,
                resolved_at BIGINT, resolution TEXT
            )
            """,
            """
            CREATE TABLE reference (
                kind TEXT NOT NULL, key TEXT NOT NULL, site TEXT, body TEXT, cursor BIGINT NOT NULL UNIQUE,
                PRIMARY KEY (kind, key)
            )
            """,
            // A counter row, not a sequence: sequences are not transactional, so a reader could
            // see cursor 11 committed before 10 and skip 10 for good. The row lock orders them.
            "CREATE TABLE reference_cursor (id INT PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)",
            "INSERT INTO reference_cursor (id, value) VALUES (1, 0)",
        ]),
        // Admins (their tokens open the admin API only) and who resolved an anomaly.
        ("central-v2-admin", [
            """
            CREATE TABLE admin (
                id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''), token_hash TEXT NOT NULL UNIQUE,
                added_at BIGINT NOT NULL, revoked_at BIGINT
            )
            """,
            "CREATE UNIQUE INDEX admin_live_name ON admin(name) WHERE revoked_at IS NULL",
            "ALTER TABLE anomaly ADD COLUMN resolved_by TEXT",
        ]),
        // The ledger's rows lose their foreign keys to event(id): checked row by row they were
        // a fifth of a push's time in PostgreSQL, and they hold by construction — only `push`
        // writes these tables, in the transaction that inserts the batch's events first, from
        // those events alone (`LedgerTests.ledgerRowsHaveTheirEvents` holds it, both stores).
        ("central-v3-ledger-keys", [
            "ALTER TABLE movement DROP CONSTRAINT movement_event_id_fkey",
            "ALTER TABLE requisition_pickup DROP CONSTRAINT requisition_pickup_event_id_fkey",
            "ALTER TABLE count_sighting DROP CONSTRAINT count_sighting_event_id_fkey",
            "ALTER TABLE asset_state DROP CONSTRAINT asset_state_event_id_fkey",
            "ALTER TABLE visit DROP CONSTRAINT visit_event_id_fkey",
            "ALTER TABLE anomaly DROP CONSTRAINT anomaly_event_id_fkey",
        ]),
        // A record moved from one site to another leaves a departure behind, under a cursor of
        // its own, that the stations it left pull as a withdrawal (`storeReference`).
        ("central-departures", [
            """
            CREATE TABLE reference_departure (
                kind TEXT NOT NULL, key TEXT NOT NULL, from_site TEXT, to_site TEXT NOT NULL, cursor BIGINT NOT NULL UNIQUE
            )
            """,
            "CREATE INDEX reference_departure_key ON reference_departure(kind, key)",
        ]),
        // The invite a visit was made from: one visitor the centre invited, held by each
        // reception of the site, is one visit in the reports.
        ("central-visit-invite", ["ALTER TABLE visit ADD COLUMN invite TEXT"]),
        // Event keys compared byte by byte: ids and station names are only ever matched, never
        // sorted for people, and under the database's locale (en_US.UTF-8, zh_CN.UTF-8, even
        // C.UTF-8) every comparison in the two unique indexes went through strcoll.
        ("central-event-keys-c", [#"ALTER TABLE event ALTER COLUMN id TYPE text COLLATE "C", ALTER COLUMN station TYPE text COLLATE "C""#]),
    ]

    public func migrate() async throws {
        try await migrate(upTo: nil)
    }

    /// Applies the migrations up to `name` (nil: all): the upgrade tests make an older centre.
    func migrate(upTo name: String?) async throws {
        let wanted = name.flatMap { name in Self.migrations.firstIndex { $0.name == name } }.map { $0 + 1 } ?? Self.migrations.count
        try await transaction("upgrading the schema") { connection in
            // One migrator at a time, if two centres start together.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
            try await connection.query("CREATE TABLE IF NOT EXISTS central_migration (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)", logger: logger)
            var applied: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM central_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in Self.migrations.prefix(wanted) where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                let at = Self.milliseconds(now())
                try await connection.query("INSERT INTO central_migration (name, applied_at) VALUES (\(migration.name), \(at))", logger: logger)
            }
        }
    }

    static let migrationLock: Int64 = 0x716d_6d69_6772
    static let ledgerLock: Int64 = 0x716d_6c65_6467
}
