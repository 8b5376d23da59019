internal import GRDB

/// A lighter pickup commit (issue 7, point 2). Like every migration, never edited once shipped.
extension StationDatabase {
    /// A pickup's own slip is owed by one small row instead of a `slip` row with its content and
    /// three indexes (four pages more in every pickup's commit). The `pickup.confirmed` event
    /// is the slip's record: since this migration it carries the requisition as the pickup left
    /// it (`PickupConfirmedPayload`), and the slip is built from it, with the people's and
    /// items' names as the station knows them, after the screen has answered. Producing it
    /// deletes the owed row and keeps what was printed as a produced `slip` row (with the
    /// event's id as its own), from which `slip reprint` copies, as before.
    ///
    /// Slips owed before this migration, and reprints, stay `slip` rows with their content:
    /// nothing already owed moves, and an older event, without the requisition in it, never
    /// needs building.
    static func v9PickupLean(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE slip_owed (
                id         TEXT NOT NULL PRIMARY KEY REFERENCES journal(id),  -- the pickup.confirmed event, and the slip's id
                last_error TEXT,
                attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
