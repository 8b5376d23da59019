public import QuartermasterCore
internal import PostgresNIO

/// Reference data: one row per (kind, key), stamped with the cursor of its latest change.
extension PostgresCentralStore {
    public func putReference(_ update: ReferenceUpdate) async throws -> Int64 {
        try ReferenceRules.check(update)
        return try await transaction("storing \(update.kind.rawValue) \(update.key)") { connection in try await storeReference(update, connection) }
    }

    /// The write both `putReference`s make: the next cursor value (its row lock orders
    /// concurrent writers), and the record under it. A record moving to one site from another
    /// (or from every site) first leaves a departure for the site it left, under a cursor of
    /// its own, that the stations there pull as a withdrawal.
    func storeReference(_ update: ReferenceUpdate, _ connection: PostgresConnection) async throws -> Int64 {
        let kind = update.kind.rawValue
        let key = update.key
        let site = update.site
        let body = update.body
        // The cursor row's lock first, as every reference writer takes it.
        var cursor = try await nextCursor(connection)
        if let site {
            var previous: String?? = .none
            for try await value in try await connection.query("SELECT site FROM reference WHERE kind = \(kind) AND key = \(key)", logger: logger).decode(String?.self) {
                previous = .some(value)
            }
            if case .some(let from) = previous, let left = ReferenceRules.departure(from: from, to: site) {
                let leftFrom = left.from
                let leftTo = left.to
                try await connection.query("DELETE FROM reference_departure WHERE kind = \(kind) AND key = \(key) AND from_site IS NOT DISTINCT FROM \(leftFrom)", logger: logger)
                try await connection.query("""
                    INSERT INTO reference_departure (kind, key, from_site, to_site, cursor) VALUES (\(kind), \(key), \(leftFrom), \(leftTo), \(cursor))
                    """, logger: logger)
                cursor = try await nextCursor(connection)
            }
        }
        try await connection.query("""
            INSERT INTO reference (kind, key, site, body, cursor) VALUES (\(kind), \(key), \(site), \(body), \(cursor))
            ON CONFLICT (kind, key) DO UPDATE SET site = excluded.site, body = excluded.body, cursor = excluded.cursor
            """, logger: logger)
        return cursor
    }

    private func nextCursor(_ connection: PostgresConnection) async throws -> Int64 {
        var cursor: Int64 = 0
        for try await value in try await connection.query("UPDATE reference_cursor SET value = value + 1 WHERE id = 1 RETURNING value", logger: logger).decode(Int64.self) {
            cursor = value
        }
        return cursor
    }

    public func reference(for station: AuthenticatedStation, after cursor: Int64, limit: Int) async throws -> ReferencePage {
        let limit = ReferenceRules.pageSize(limit)
        let fetch = limit + 1
        let site = station.site
        return try await transaction("reading reference data") { connection in
            let rows = try await connection.query("""
                SELECT cursor, kind, key, body FROM reference WHERE cursor > \(cursor) AND (site IS NULL OR site = \(site))
                UNION ALL
                SELECT cursor, kind, key, NULL::text FROM reference_departure
                WHERE cursor > \(cursor) AND (from_site IS NULL OR from_site = \(site)) AND to_site <> \(site)
                ORDER BY cursor LIMIT \(fetch)
                """, logger: logger)
            var changes: [ReferenceChange] = []
            for try await (cursor, kind, key, body) in rows.decode((Int64, String, String, String?).self) {
                changes.append(ReferenceChange(cursor: cursor, kind: kind, key: key, body: body))
            }
            return ReferenceRules.page(changes, after: cursor, limit: limit)
        }
    }
}
