internal import GRDB

/// The centre's SQLite schema. Migrations are never edited once shipped; add `central-v2` …
extension SQLiteCentralStore {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("central-v1") { db in
            try db.execute(sql: """
                CREATE TABLE station (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (name <> ''),
                    site TEXT NOT NULL,
                    station_id TEXT,
                    code_hash TEXT UNIQUE,
                    token_hash TEXT UNIQUE,
                    added_at INTEGER NOT NULL,
                    enrolled_at INTEGER,
                    revoked_at INTEGER
                );
                CREATE UNIQUE INDEX station_live_name ON station(name) WHERE revoked_at IS NULL;
                CREATE UNIQUE INDEX station_live_id ON station(station_id) WHERE revoked_at IS NULL;
                CREATE TABLE station_mark (
                    station TEXT PRIMARY KEY,
                    acknowledged INTEGER NOT NULL CHECK (acknowledged >= 0)
                );
                CREATE TABLE event (
                    station TEXT NOT NULL,
                    sequence INTEGER NOT NULL CHECK (sequence >= 1),
                    id TEXT NOT NULL UNIQUE,
                    actor TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    received_at INTEGER NOT NULL,
                    PRIMARY KEY (station, sequence)
                );
                CREATE TABLE movement (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id TEXT NOT NULL REFERENCES event(id),
                    station TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    item_code TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    requisition TEXT,
                    actor TEXT NOT NULL,
                    recipient TEXT,
                    note TEXT
                );
                CREATE TABLE stock (
                    item_code TEXT NOT NULL,
                    station TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    PRIMARY KEY (item_code, station)
                );
                CREATE TABLE item_stock (
                    item_code TEXT PRIMARY KEY,
                    quantity INTEGER NOT NULL
                );
                CREATE TABLE requisition_pickup (
                    requisition TEXT NOT NULL,
                    station TEXT NOT NULL,
                    event_id TEXT NOT NULL REFERENCES event(id),
                    PRIMARY KEY (requisition, station)
                );
                CREATE TABLE count_sighting (
                    session TEXT NOT NULL,
                    tag TEXT NOT NULL,
                    location TEXT NOT NULL,
                    station TEXT NOT NULL,
                    event_id TEXT NOT NULL REFERENCES event(id),
                    PRIMARY KEY (session, tag, location)
                );
                CREATE TABLE asset_state (
                    tag TEXT PRIMARY KEY,
                    location TEXT,
                    status TEXT,
                    station TEXT NOT NULL,
                    event_id TEXT NOT NULL REFERENCES event(id)
                );
                CREATE TABLE visit (
                    station TEXT NOT NULL,
                    visit INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    host_badge TEXT NOT NULL,
                    expected_date TEXT NOT NULL,
                    event_id TEXT NOT NULL REFERENCES event(id),
                    PRIMARY KEY (station, visit)
                );
                CREATE TABLE anomaly (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    station TEXT NOT NULL,
                    event_id TEXT NOT NULL REFERENCES event(id),
                    detail TEXT NOT NULL,
                    raised_at INTEGER NOT NULL,
                    resolved_at INTEGER,
                    resolution TEXT
                );
                CREATE TABLE reference (
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    site TEXT,
                    body TEXT,
                    cursor INTEGER NOT NULL UNIQUE,
                    PRIMARY KEY (kind, key)
                );
                CREATE TABLE reference_cursor (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    value INTEGER NOT NULL
                );
                INSERT INTO reference_cursor (id, value) VALUES (1, 0);
                """)
        }
        // Admins (their tokens open the admin API only) and who resolved an anomaly.
        migrator.registerMigration("central-v2-admin") { db in
            try db.execute(sql: """
                CREATE TABLE admin (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (name <> ''),
                    token_hash TEXT NOT NULL UNIQUE,
                    added_at INTEGER NOT NULL,
                    revoked_at INTEGER
                );
                CREATE UNIQUE INDEX admin_live_name ON admin(name) WHERE revoked_at IS NULL;
                ALTER TABLE anomaly ADD COLUMN resolved_by TEXT;
                """)
        }
        // A record moved from one site to another leaves a departure behind, under a cursor of
        // its own, that the stations it left pull as a withdrawal (`storeReference`).
        migrator.registerMigration("central-departures") { db in
            try db.execute(sql: """
                CREATE TABLE reference_departure (
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    from_site TEXT,
                    to_site TEXT NOT NULL,
                    cursor INTEGER NOT NULL UNIQUE
                );
                CREATE INDEX reference_departure_key ON reference_departure(kind, key);
                """)
        }
        // The invite a visit was made from: one visitor the centre invited, held by each
        // reception of the site, is one visit in the reports.
        migrator.registerMigration("central-visit-invite") { db in
            try db.execute(sql: "ALTER TABLE visit ADD COLUMN invite TEXT")
        }
        return migrator
    }
}
