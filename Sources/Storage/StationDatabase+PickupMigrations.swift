internal import GRDB

/// Fewer pages per pickup (issue 7: a pickup's commit within 1.5× of a bare one). Like every
/// migration, never edited once shipped.
extension StationDatabase {
    /// Every index a pickup's writes touch is one more page written and synced while the keeper
    /// waits. Two of them served no query:
    ///
    /// - `journal_sequence (sequence)` beside `UNIQUE (station, sequence)`: one index on
    ///   `(sequence, station)` serves both the uniqueness and every read by sequence (the next
    ///   number, `journal(after:)`). SQLite cannot change a table's UNIQUE constraint in place,
    ///   so the journal is rebuilt, rows and rowids as they were; its append-only triggers come
    ///   back as they were. Sequences stay unique per station only: a database older than
    ///   `v3-station-identity` may hold two stations' entries with the same number.
    /// - `stock_movement_requisition`: nothing reads movements by requisition. SQLite would use
    ///   it only to check the foreign key when a requisition's number changed or a requisition
    ///   was deleted, which the station never does (an import updates a requisition's other
    ///   columns); a hand-run `DELETE` still gets the check, by a scan.
    static func v6PickupPages(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX stock_movement_requisition;

            CREATE TABLE new_journal (
                id       TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),  -- UUIDv7, lowercase
                station  TEXT NOT NULL CHECK (station <> ''),
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                actor    TEXT NOT NULL,
                time     INTEGER NOT NULL,  -- milliseconds since 1970 UTC
                kind     TEXT NOT NULL CHECK (kind <> ''),
                payload  TEXT NOT NULL CHECK (json_valid(payload)),
                UNIQUE (sequence, station)
            ) STRICT;
            INSERT INTO new_journal (rowid, id, station, sequence, actor, time, kind, payload)
                SELECT rowid, id, station, sequence, actor, time, kind, payload FROM journal ORDER BY rowid;
            DROP TABLE journal;
            ALTER TABLE new_journal RENAME TO journal;

            -- The journal is what the centre syncs from: what was recorded stays recorded.
            CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be changed'); END;
            CREATE TRIGGER journal_is_append_only_delete BEFORE DELETE ON journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be deleted'); END;
            """)
    }
}
