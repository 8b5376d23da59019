internal import GRDB

/// Work left open survives a crash or power cut (issue 11, point 7). Like every migration,
/// never edited once shipped.
extension StationDatabase {
    /// A pickup's scans while it waits for the recipient's badge, one row per requisition on
    /// the counter, replaced whole at every scan and undo (`keepOpenPickup`), forgotten once
    /// the pickup is recorded or cancelled. An open count needs nothing here: its scans are
    /// recorded as they are made.
    ///
    /// `movements_seen` is the last stock movement when the scans were kept: a pickup of the
    /// same requisition recorded after it means the station stopped between that pickup's
    /// commit and forgetting its scans, which are then settled, not handed back. So the
    /// pickup's own commit writes nothing here (no page more while the keeper waits).
    static func v7OpenWork(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE open_pickup (
                requisition_number TEXT NOT NULL PRIMARY KEY REFERENCES requisition(number) ON DELETE CASCADE,
                scans              TEXT NOT NULL CHECK (json_valid(scans) AND json_type(scans) = 'array'),
                keeper_badge       TEXT NOT NULL CHECK (keeper_badge <> ''),
                time               INTEGER NOT NULL,  -- milliseconds since 1970 UTC
                movements_seen     INTEGER NOT NULL CHECK (movements_seen >= 0)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
