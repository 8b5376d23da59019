internal import GRDB

/// Visitors (issue 9). Like every migration, never edited once shipped.
extension StationDatabase {
    /// Visits (an invite is a visit expected on its day, reached by its code) and the deny list.
    /// Invite and badge codes are unique; what a status implies (an arrival, a badge code, a
    /// departure, removed personal data) is checked by the schema as well as by the core.
    static func v5Visits(_ db: Database) throws {
        // Invite and badge codes are kinds of the one table of codes (v4-assets widened it), so
        // none can also be a person's badge or an item's code.
        try db.execute(sql: """
            CREATE TABLE visit (
                id            INTEGER PRIMARY KEY,
                name          TEXT NOT NULL,
                company       TEXT NOT NULL,
                phone         TEXT,
                purpose       TEXT NOT NULL,
                host_badge    TEXT NOT NULL REFERENCES person(badge),
                expected_date TEXT NOT NULL CHECK (expected_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                arrival       INTEGER,  -- milliseconds since 1970 UTC
                departure     INTEGER,
                badge_code    TEXT UNIQUE CHECK (badge_code IS NULL OR badge_code <> ''),
                invite_code   TEXT UNIQUE CHECK (invite_code IS NULL OR invite_code <> ''),
                status        TEXT NOT NULL CHECK (status IN ('expected', 'on_site', 'left', 'not_signed_out', 'no_show', 'refused')),
                rules_version TEXT,
                anonymised    INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1)),
                station       TEXT NOT NULL CHECK (station <> ''),
                CHECK (anonymised = 1 OR name <> ''),
                CHECK (anonymised = 0 OR (name = '' AND company = '' AND phone IS NULL)),
                CHECK (status NOT IN ('on_site', 'left', 'not_signed_out') OR (arrival IS NOT NULL AND badge_code IS NOT NULL)),
                CHECK (status <> 'left' OR (departure IS NOT NULL AND departure >= arrival)),
                CHECK (status <> 'expected' OR (arrival IS NULL AND badge_code IS NULL))
            ) STRICT;
            CREATE INDEX visit_on_site ON visit(arrival) WHERE status = 'on_site';

            -- A code, once issued, stays the visit's: a dead badge is still no one else's badge.
            CREATE TRIGGER code_visit_insert AFTER INSERT ON visit
            BEGIN
                INSERT INTO code (code, kind, owner) SELECT NEW.invite_code, 'visitor_invite', NEW.id WHERE NEW.invite_code IS NOT NULL;
                INSERT INTO code (code, kind, owner) SELECT NEW.badge_code, 'visitor_badge', NEW.id WHERE NEW.badge_code IS NOT NULL;
            END;
            CREATE TRIGGER code_visit_invite AFTER UPDATE OF invite_code ON visit WHEN NEW.invite_code IS NOT OLD.invite_code
            BEGIN
                DELETE FROM code WHERE code = OLD.invite_code AND kind = 'visitor_invite';
                INSERT INTO code (code, kind, owner) SELECT NEW.invite_code, 'visitor_invite', NEW.id WHERE NEW.invite_code IS NOT NULL;
            END;
            CREATE TRIGGER code_visit_badge AFTER UPDATE OF badge_code ON visit WHEN NEW.badge_code IS NOT OLD.badge_code
            BEGIN
                DELETE FROM code WHERE code = OLD.badge_code AND kind = 'visitor_badge';
                INSERT INTO code (code, kind, owner) SELECT NEW.badge_code, 'visitor_badge', NEW.id WHERE NEW.badge_code IS NOT NULL;
            END;
            CREATE TRIGGER visit_no_delete BEFORE DELETE ON visit
            BEGIN SELECT RAISE(ABORT, 'visits are anonymised, never deleted'); END;
            CREATE INDEX visit_day ON visit(expected_date);

            -- Names reception must see first; `names` is a JSON array (a name and its aliases).
            CREATE TABLE visitor_deny (
                id    INTEGER PRIMARY KEY,
                names TEXT NOT NULL CHECK (json_valid(names) AND json_type(names) = 'array' AND json_array_length(names) > 0),
                note  TEXT NOT NULL
            ) STRICT;
            """)
    }
}
