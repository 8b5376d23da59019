public import QuartermasterCore
internal import GRDB

/// Reference data: one row per (kind, key), stamped with the cursor of its latest change.
extension SQLiteCentralStore {
    public func putReference(_ update: ReferenceUpdate) async throws -> Int64 {
        try ReferenceRules.check(update)
        return try await run("storing \(update.kind.rawValue) \(update.key)") {
            try await pool.write { db in try Self.storeReference(update, db) }
        }
    }

    /// The write both `putReference`s make: the next cursor value, and the record under it.
    static func storeReference(_ update: ReferenceUpdate, _ db: Database) throws -> Int64 {
        try db.execute(sql: "UPDATE reference_cursor SET value = value + 1 WHERE id = 1")
        let cursor = try Int64.fetchOne(db, sql: "SELECT value FROM reference_cursor WHERE id = 1") ?? 0
        try db.execute(sql: """
            INSERT INTO reference (kind, key, site, body, cursor) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (kind, key) DO UPDATE SET site = excluded.site, body = excluded.body, cursor = excluded.cursor
            """, arguments: [update.kind.rawValue, update.key, update.site, update.body, cursor])
        return cursor
    }

    public func reference(for station: AuthenticatedStation, after cursor: Int64, limit: Int) async throws -> ReferencePage {
        let limit = ReferenceRules.pageSize(limit)
        return try await run("reading reference data") {
            try await pool.read { db in
                let changes = try Row.fetchAll(db, sql: """
                    SELECT cursor, kind, key, body FROM reference WHERE cursor > ? AND (site IS NULL OR site = ?) ORDER BY cursor LIMIT ?
                    """, arguments: [cursor, station.site, limit + 1]
                ).map { ReferenceChange(cursor: $0["cursor"], kind: $0["kind"], key: $0["key"], body: $0["body"]) }
                return ReferenceRules.page(changes, after: cursor, limit: limit)
            }
        }
    }
}
