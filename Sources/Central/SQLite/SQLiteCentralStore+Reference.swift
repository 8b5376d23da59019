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
    /// A record moving to one site from another (or from every site) first leaves a departure
    /// for the site it left, under a cursor of its own: the stations there pull it as a
    /// withdrawal, or a laptop moved to 分部 would stay expected in 总部's counts for good.
    static func storeReference(_ update: ReferenceUpdate, _ db: Database) throws -> Int64 {
        let kind = update.kind.rawValue
        if let site = update.site,
           let previous = try Row.fetchOne(db, sql: "SELECT site FROM reference WHERE kind = ? AND key = ?", arguments: [kind, update.key]),
           let left = ReferenceRules.departure(from: previous["site"], to: site) {
            try db.execute(sql: "DELETE FROM reference_departure WHERE kind = ? AND key = ? AND from_site IS ?", arguments: [kind, update.key, left.from])
            try db.execute(sql: "INSERT INTO reference_departure (kind, key, from_site, to_site, cursor) VALUES (?, ?, ?, ?, ?)",
                           arguments: [kind, update.key, left.from, left.to, try nextCursor(db)])
        }
        let cursor = try nextCursor(db)
        try db.execute(sql: """
            INSERT INTO reference (kind, key, site, body, cursor) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (kind, key) DO UPDATE SET site = excluded.site, body = excluded.body, cursor = excluded.cursor
            """, arguments: [kind, update.key, update.site, update.body, cursor])
        return cursor
    }

    private static func nextCursor(_ db: Database) throws -> Int64 {
        try db.execute(sql: "UPDATE reference_cursor SET value = value + 1 WHERE id = 1")
        return try Int64.fetchOne(db, sql: "SELECT value FROM reference_cursor WHERE id = 1") ?? 0
    }

    public func reference(for station: AuthenticatedStation, after cursor: Int64, limit: Int) async throws -> ReferencePage {
        let limit = ReferenceRules.pageSize(limit)
        return try await run("reading reference data") {
            try await pool.read { db in
                let changes = try Row.fetchAll(db, sql: """
                    SELECT cursor, kind, key, body FROM reference WHERE cursor > ?1 AND (site IS NULL OR site = ?2)
                    UNION ALL
                    SELECT cursor, kind, key, NULL FROM reference_departure
                    WHERE cursor > ?1 AND (from_site IS NULL OR from_site = ?2) AND to_site <> ?2
                    ORDER BY cursor LIMIT ?3
                    """, arguments: [cursor, station.site, limit + 1]
                ).map { ReferenceChange(cursor: $0["cursor"], kind: $0["kind"], key: $0["key"], body: $0["body"]) }
                return ReferenceRules.page(changes, after: cursor, limit: limit)
            }
        }
    }
}
