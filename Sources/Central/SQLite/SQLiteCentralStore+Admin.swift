internal import Foundation
public import QuartermasterCore
internal import GRDB

/// Administrators (only their tokens' hashes are stored), conditional reference writes, anomaly
/// resolutions, and the ledger reads the reports need.
extension SQLiteCentralStore {
    // MARK: Administrators

    public func addAdmin(name: String) async throws -> String {
        try StationRules.checkAdminName(name)
        let token = CentralSecret.adminToken()
        let added = Self.milliseconds(now())
        try await run("adding admin \(name)") {
            try await pool.write { db in
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM admin WHERE name = ? AND revoked_at IS NULL", arguments: [name]) != nil {
                    throw StationRules.adminNameTaken(name)
                }
                try db.execute(sql: "INSERT INTO admin (name, token_hash, added_at) VALUES (?, ?, ?)", arguments: [name, CentralSecret.hash(token), added])
            }
        }
        return token
    }

    public func revokeAdmin(name: String) async throws {
        let revoked = Self.milliseconds(now())
        try await run("revoking admin \(name)") {
            try await pool.write { db in
                try db.execute(sql: "UPDATE admin SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", arguments: [revoked, name])
                guard db.changesCount == 1 else { throw StationRules.unknownAdmin(name) }
            }
        }
    }

    public func authenticateAdmin(token: String) async throws -> AuthenticatedAdmin? {
        let hash = CentralSecret.hash(token)
        return try await run("checking an admin token") {
            try await pool.read { db in
                try String.fetchOne(db, sql: "SELECT name FROM admin WHERE token_hash = ? AND revoked_at IS NULL", arguments: [hash])
                    .map(AuthenticatedAdmin.init(name:))
            }
        }
    }

    // MARK: Reference data, read back and written conditionally

    public func putReference(_ update: ReferenceUpdate, expecting expected: ReferenceExpectation) async throws -> Int64 {
        try ReferenceRules.check(update)
        return try await run("storing \(update.kind.rawValue) \(update.key)") {
            try await pool.write { db in
                let current = try Int64.fetchOne(db, sql: "SELECT cursor FROM reference WHERE kind = ? AND key = ?", arguments: [update.kind.rawValue, update.key])
                try ReferenceRules.check(current: current, expected: expected, update)
                return try Self.storeReference(update, db)
            }
        }
    }

    public func referenceRecord(_ kind: ReferenceKind, key: String) async throws -> StoredReference? {
        try await run("reading \(kind.rawValue) \(key)") {
            try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM reference WHERE kind = ? AND key = ?", arguments: [kind.rawValue, key]).map { Self.stored($0, kind) }
            }
        }
    }

    public func referenceRecords(_ kind: ReferenceKind) async throws -> [StoredReference] {
        try await run("reading every \(kind.rawValue)") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM reference WHERE kind = ? ORDER BY key", arguments: [kind.rawValue]).map { Self.stored($0, kind) }
            }
        }
    }

    private static func stored(_ row: Row, _ kind: ReferenceKind) -> StoredReference {
        StoredReference(kind: kind, key: row["key"], site: row["site"], body: row["body"], cursor: row["cursor"])
    }

    // MARK: Anomalies

    public func resolveAnomaly(id: Int64, by: String, note: String) async throws -> CentralAnomaly {
        let note = try AnomalyRules.checkNote(note)
        let at = Self.milliseconds(now())
        return try await run("resolving anomaly \(id)") {
            try await pool.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM anomaly WHERE id = ?", arguments: [id]) else { throw AnomalyRules.unknown(id) }
                if (row["resolved_at"] as Int64?) != nil { throw AnomalyRules.resolvedAlready(id, by: row["resolved_by"] ?? "?") }
                try db.execute(sql: "UPDATE anomaly SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?", arguments: [at, by, note, id])
                return try Row.fetchOne(db, sql: "SELECT * FROM anomaly WHERE id = ?", arguments: [id]).map(Self.anomaly) ?? { throw AnomalyRules.unknown(id) }()
            }
        }
    }

    /// An `anomaly` row, its resolution included once it has one.
    static func anomaly(_ row: Row) -> CentralAnomaly {
        let resolvedAt: Int64? = row["resolved_at"]
        return CentralAnomaly(
            id: row["id"], kind: CentralAnomaly.Kind(rawValue: row["kind"]) ?? .unreadablePayload, subject: row["subject"],
            station: row["station"], eventID: row["event_id"], detail: row["detail"], raisedAt: Self.date(row["raised_at"]),
            resolution: resolvedAt.map { AnomalyResolution(by: row["resolved_by"] ?? "", at: Self.date($0), note: row["resolution"] ?? "") })
    }

    // MARK: Ledger reads for the reports

    public func pickedUp(requisition: String) async throws -> Bool {
        try await run("reading requisition \(requisition)'s pickups") {
            try await pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM requisition_pickup WHERE requisition = ? LIMIT 1", arguments: [requisition]) != nil
            }
        }
    }

    public func visits() async throws -> [CentralVisit] {
        try await run("reading visits") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM visit ORDER BY station, visit").map(Self.visit)
            }
        }
    }

    public func events(kinds: [String]) async throws -> [SyncEvent] {
        guard !kinds.isEmpty else { return [] }
        return try await run("reading events") {
            try await pool.read { db in
                let marks = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
                return try Row.fetchAll(db, sql: "SELECT * FROM event WHERE kind IN (\(marks)) ORDER BY station, sequence", arguments: StatementArguments(kinds)).map { row in
                    SyncEvent(id: row["id"], station: row["station"], sequence: row["sequence"], actor: row["actor"], time: row["time"], kind: row["kind"], payload: row["payload"])
                }
            }
        }
    }
}
