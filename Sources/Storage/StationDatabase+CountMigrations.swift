internal import GRDB

/// Schema changes for counts after v4-assets. Like every migration, never edited once shipped.
extension StationDatabase {
    /// Where the register had an asset when it was scanned: closing a count moves accepted
    /// assets, and the report written afterwards must still say where each came from.
    static func v5CountRegisteredLocation(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE count_scan ADD COLUMN registered_location TEXT;
            """)
    }
}
