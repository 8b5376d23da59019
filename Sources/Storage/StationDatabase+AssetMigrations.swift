internal import GRDB

/// The asset register, its counts and its loans (issue 8). Like every migration, never edited
/// once shipped.
extension StationDatabase {
    /// Locations, assets, disposals, count sessions and loans; asset tags and location codes (and
    /// the visitor codes v5-visits issues) join the one table of codes, so a scan of either is known by what it is and no code can
    /// name two things.
    static func v4Assets(_ db: Database) throws {
        // SQLite cannot widen the `code.kind` CHECK in place: rebuild the table. The triggers on
        // person, item and requisition name `code` in their bodies; with the legacy rename
        // SQLite leaves them as written instead of refusing the rename because `code` is gone
        // for a moment. They find the new table by name afterwards.
        try db.execute(sql: "PRAGMA legacy_alter_table = ON")
        defer { try? db.execute(sql: "PRAGMA legacy_alter_table = OFF") }
        try db.execute(sql: """
            CREATE TABLE code_v4 (
                code  TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
                kind  TEXT NOT NULL CHECK (kind IN ('badge', 'item', 'item_barcode', 'requisition', 'asset_tag', 'location',
                                                    'visitor_invite', 'visitor_badge')),
                owner TEXT NOT NULL  -- the badge, item code, requisition number, tag, location code or visit id it stands for
            ) STRICT;
            INSERT INTO code_v4 (code, kind, owner) SELECT code, kind, owner FROM code;
            DROP TABLE code;
            ALTER TABLE code_v4 RENAME TO code;
            CREATE INDEX code_owner ON code(kind, owner);
            """)
        try db.execute(sql: "PRAGMA legacy_alter_table = OFF")

        try db.execute(sql: """
            CREATE TABLE location (
                code        TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
                name        TEXT NOT NULL CHECK (name <> ''),
                parent_code TEXT REFERENCES location(code),
                CHECK (parent_code IS NULL OR parent_code <> code)
            ) STRICT;
            CREATE INDEX location_parent ON location(parent_code);

            CREATE TABLE asset (
                tag              TEXT NOT NULL PRIMARY KEY CHECK (tag <> ''),
                name             TEXT NOT NULL CHECK (name <> ''),
                model            TEXT NOT NULL DEFAULT '',
                serial           TEXT NOT NULL DEFAULT '',
                category         TEXT NOT NULL DEFAULT '',
                location_code    TEXT REFERENCES location(code),
                status           TEXT NOT NULL CHECK (status IN ('in_use', 'in_store', 'under_repair', 'idle', 'disposed')),
                custodian_badge  TEXT,  -- a badge; not a foreign key: an export may name people the station has not imported
                purchase_date    TEXT CHECK (purchase_date IS NULL OR purchase_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                cost_cents       INTEGER CHECK (cost_cents IS NULL OR cost_cents BETWEEN 0 AND 100000000000000),
                next_maintenance TEXT CHECK (next_maintenance IS NULL OR next_maintenance GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                last_counted     TEXT CHECK (last_counted IS NULL OR last_counted GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                next_count       TEXT CHECK (next_count IS NULL OR next_count GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                tag_printed      INTEGER NOT NULL DEFAULT 0 CHECK (tag_printed >= 0)  -- tags printed so far (reprints included)
            ) STRICT;
            CREATE INDEX asset_location ON asset(location_code);

            -- Disposal (报废) is a status with a record, never a delete.
            CREATE TABLE asset_disposal (
                tag        TEXT NOT NULL PRIMARY KEY REFERENCES asset(tag),
                date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                reason     TEXT NOT NULL CHECK (reason <> ''),
                approver   TEXT NOT NULL CHECK (approver <> ''),
                journal_id TEXT NOT NULL REFERENCES journal(id)
            ) STRICT;
            CREATE TRIGGER asset_no_delete BEFORE DELETE ON asset
            BEGIN SELECT RAISE(ABORT, 'assets are disposed of, never deleted'); END;

            CREATE TABLE count_session (
                id         TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
                scope      TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array'),  -- location codes as given
                blind      INTEGER NOT NULL CHECK (blind IN (0, 1)),
                opened_by  TEXT NOT NULL CHECK (opened_by <> ''),
                opened_at  INTEGER NOT NULL,  -- milliseconds since 1970 UTC
                station    TEXT NOT NULL CHECK (station <> ''),
                closed_at  INTEGER,
                closed_by  TEXT,
                CHECK ((closed_at IS NULL) = (closed_by IS NULL))
            ) STRICT;
            CREATE INDEX count_session_open ON count_session(opened_at) WHERE closed_at IS NULL;

            -- Every location a session covers: the scope's codes and everything under them.
            CREATE TABLE count_scope (
                session_id    TEXT NOT NULL REFERENCES count_session(id),
                location_code TEXT NOT NULL REFERENCES location(code),
                PRIMARY KEY (session_id, location_code)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX count_scope_location ON count_scope(location_code);

            -- The register in scope when the session opened: what the count is compared with.
            CREATE TABLE count_expected (
                session_id    TEXT NOT NULL REFERENCES count_session(id),
                tag           TEXT NOT NULL REFERENCES asset(tag),
                location_code TEXT NOT NULL REFERENCES location(code),
                PRIMARY KEY (session_id, tag)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX count_expected_location ON count_expected(session_id, location_code);

            -- Each tag counted once per session; who, where, at which station, when.
            CREATE TABLE count_scan (
                session_id    TEXT NOT NULL REFERENCES count_session(id),
                tag           TEXT NOT NULL CHECK (tag <> ''),
                location_code TEXT NOT NULL REFERENCES location(code),
                counted_by    TEXT NOT NULL CHECK (counted_by <> ''),
                station       TEXT NOT NULL CHECK (station <> ''),
                time          INTEGER NOT NULL,
                outcome       TEXT NOT NULL CHECK (outcome IN ('found', 'moved', 'surplus', 'disposed')),
                move_accepted INTEGER NOT NULL DEFAULT 0 CHECK (move_accepted IN (0, 1)),
                journal_id    TEXT NOT NULL REFERENCES journal(id),
                -- where the register had it when scanned: a report after the close still says where it came from
                registered_location TEXT,
                PRIMARY KEY (session_id, tag),
                CHECK (move_accepted = 0 OR outcome = 'moved')
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX count_scan_location ON count_scan(session_id, location_code);

            -- Lendable equipment out to a person; one open loan per asset.
            CREATE TABLE loan (
                id            INTEGER PRIMARY KEY,
                tag           TEXT NOT NULL REFERENCES asset(tag),
                borrower      TEXT NOT NULL REFERENCES person(badge),
                lent_by       TEXT NOT NULL CHECK (lent_by <> ''),
                lent_at       INTEGER NOT NULL,
                due           TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                returned_at   INTEGER,
                returned_by   TEXT,
                station       TEXT NOT NULL CHECK (station <> ''),
                CHECK ((returned_at IS NULL) = (returned_by IS NULL)),
                CHECK (returned_at IS NULL OR returned_at >= lent_at)
            ) STRICT;
            CREATE UNIQUE INDEX loan_open ON loan(tag) WHERE returned_at IS NULL;
            CREATE INDEX loan_due ON loan(due) WHERE returned_at IS NULL;

            CREATE TRIGGER code_location_insert AFTER INSERT ON location
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'location', NEW.code); END;
            CREATE TRIGGER code_location_code AFTER UPDATE OF code ON location WHEN NEW.code <> OLD.code
            BEGIN
                DELETE FROM code WHERE code = OLD.code AND kind = 'location';
                INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'location', NEW.code);
            END;
            CREATE TRIGGER code_location_delete AFTER DELETE ON location
            BEGIN DELETE FROM code WHERE code = OLD.code AND kind = 'location'; END;

            CREATE TRIGGER code_asset_insert AFTER INSERT ON asset
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.tag, 'asset_tag', NEW.tag); END;
            CREATE TRIGGER code_asset_tag AFTER UPDATE OF tag ON asset WHEN NEW.tag <> OLD.tag
            BEGIN
                DELETE FROM code WHERE code = OLD.tag AND kind = 'asset_tag';
                INSERT INTO code (code, kind, owner) VALUES (NEW.tag, 'asset_tag', NEW.tag);
            END;
            """)
    }
}
