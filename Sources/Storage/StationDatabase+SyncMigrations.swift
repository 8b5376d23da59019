internal import GRDB

/// Sync with the centre (issue 10). Like every migration, never edited once shipped.
extension StationDatabase {
    /// The station's one link to its centre: where it is, the token the centre gave at enrolment
    /// (the station's own secret; the database file's permissions are its guard, as they are
    /// for everything else in it), how far the centre has acknowledged the journal, how far
    /// reference data has been applied, and how the last attempt went.
    static func v6Sync(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sync_link (
                id               INTEGER PRIMARY KEY CHECK (id = 1),
                centre_url       TEXT NOT NULL CHECK (centre_url <> ''),
                station_name     TEXT NOT NULL CHECK (station_name <> ''),
                token            TEXT NOT NULL CHECK (token <> ''),
                acknowledged     INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged >= 0),
                reference_cursor INTEGER NOT NULL DEFAULT 0 CHECK (reference_cursor >= 0),
                last_error       TEXT,
                last_attempt     INTEGER,  -- milliseconds since 1970 UTC
                last_success     INTEGER
            ) STRICT;
            """)
    }
}
