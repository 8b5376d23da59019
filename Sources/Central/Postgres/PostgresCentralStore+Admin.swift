internal import Foundation
public import QuartermasterCore
internal import PostgresNIO

/// Administrators (only their tokens' hashes are stored), conditional reference writes, anomaly
/// resolutions, and the ledger reads the reports need.
extension PostgresCentralStore {
    // MARK: Administrators

    public func addAdmin(name: String) async throws -> String {
        try StationRules.checkAdminName(name)
        let token = CentralSecret.adminToken()
        let hash = CentralSecret.hash(token)
        let added = Self.milliseconds(now())
        try await transaction("adding admin \(name)") { connection in
            // The live-name index refuses a twin; asking first gives the clear refusal.
            for try await _ in try await connection.query("SELECT 1 FROM admin WHERE name = \(name) AND revoked_at IS NULL", logger: logger) {
                throw StationRules.adminNameTaken(name)
            }
            try await connection.query("INSERT INTO admin (name, token_hash, added_at) VALUES (\(name), \(hash), \(added))", logger: logger)
        }
        return token
    }

    public func revokeAdmin(name: String) async throws {
        let revoked = Self.milliseconds(now())
        try await transaction("revoking admin \(name)") { connection in
            var changed = 0
            for try await _ in try await connection.query(
                "UPDATE admin SET revoked_at = \(revoked) WHERE name = \(name) AND revoked_at IS NULL RETURNING id", logger: logger) {
                changed += 1
            }
            guard changed == 1 else { throw StationRules.unknownAdmin(name) }
        }
    }

    public func authenticateAdmin(token: String) async throws -> AuthenticatedAdmin? {
        let hash = CentralSecret.hash(token)
        return try await transaction("checking an admin token") { connection in
            var found: AuthenticatedAdmin?
            for try await name in try await connection.query(
                "SELECT name FROM admin WHERE token_hash = \(hash) AND revoked_at IS NULL", logger: logger).decode(String.self) {
                found = AuthenticatedAdmin(name: name)
            }
            return found
        }
    }

    // MARK: Reference data, read back and written conditionally

    public func putReference(_ update: ReferenceUpdate, expecting expected: ReferenceExpectation) async throws -> Int64 {
        try ReferenceRules.check(update)
        let kind = update.kind.rawValue
        let key = update.key
        return try await transaction("storing \(kind) \(key)") { connection in
            // The cursor row's lock first: every reference writer queues behind it, so two
            // admins creating one number cannot both find it absent.
            try await connection.query("SELECT value FROM reference_cursor WHERE id = 1 FOR UPDATE", logger: logger)
            var current: Int64?
            for try await cursor in try await connection.query(
                "SELECT cursor FROM reference WHERE kind = \(kind) AND key = \(key)", logger: logger).decode(Int64.self) {
                current = cursor
            }
            try ReferenceRules.check(current: current, expected: expected, update)
            return try await storeReference(update, connection)
        }
    }

    public func referenceRecord(_ kind: ReferenceKind, key: String) async throws -> StoredReference? {
        let name = kind.rawValue
        return try await transaction("reading \(name) \(key)") { connection in
            var found: StoredReference?
            for try await (key, site, body, cursor) in try await connection.query(
                "SELECT key, site, body, cursor FROM reference WHERE kind = \(name) AND key = \(key)", logger: logger
            ).decode((String, String?, String?, Int64).self) {
                found = StoredReference(kind: kind, key: key, site: site, body: body, cursor: cursor)
            }
            return found
        }
    }

    public func referenceRecords(_ kind: ReferenceKind) async throws -> [StoredReference] {
        let name = kind.rawValue
        return try await transaction("reading every \(name)") { connection in
            var records: [StoredReference] = []
            // COLLATE "C": the same byte order as SQLite's, whatever the cluster's locale.
            for try await (key, site, body, cursor) in try await connection.query(
                "SELECT key, site, body, cursor FROM reference WHERE kind = \(name) ORDER BY key COLLATE \"C\"", logger: logger
            ).decode((String, String?, String?, Int64).self) {
                records.append(StoredReference(kind: kind, key: key, site: site, body: body, cursor: cursor))
            }
            return records
        }
    }

    // MARK: Anomalies

    public func resolveAnomaly(id: Int64, by: String, note: String) async throws -> CentralAnomaly {
        let note = try AnomalyRules.checkNote(note)
        let at = Self.milliseconds(now())
        return try await transaction("resolving anomaly \(id)") { connection in
            var found: CentralAnomaly?
            for try await row in try await connection.query(
                "SELECT \(unescaped: Self.anomalyColumns) FROM anomaly WHERE id = \(id) FOR UPDATE", logger: logger).decode(AnomalyRow.self) {
                found = Self.anomaly(row)
            }
            guard var anomaly = found else { throw AnomalyRules.unknown(id) }
            if let resolution = anomaly.resolution { throw AnomalyRules.resolvedAlready(id, by: resolution.by) }
            try await connection.query(
                "UPDATE anomaly SET resolved_at = \(at), resolved_by = \(by), resolution = \(note) WHERE id = \(id)", logger: logger)
            anomaly.resolution = AnomalyResolution(by: by, at: Self.date(at), note: note)
            return anomaly
        }
    }

    typealias AnomalyRow = (Int64, String, String, String, String, String, Int64, Int64?, String?, String?)
    static let anomalyColumns = "id, kind, subject, station, event_id, detail, raised_at, resolved_at, resolved_by, resolution"

    /// An `anomaly` row, its resolution included once it has one.
    static func anomaly(_ row: AnomalyRow) -> CentralAnomaly {
        let (id, kind, subject, station, event, detail, raised, resolvedAt, resolvedBy, note) = row
        return CentralAnomaly(
            id: id, kind: CentralAnomaly.Kind(rawValue: kind) ?? .unreadablePayload, subject: subject, station: station,
            eventID: event, detail: detail, raisedAt: date(raised),
            resolution: resolvedAt.map { AnomalyResolution(by: resolvedBy ?? "", at: date($0), note: note ?? "") })
    }

    // MARK: Ledger reads for the reports

    public func pickedUp(requisition: String) async throws -> Bool {
        try await transaction("reading requisition \(requisition)'s pickups") { connection in
            var found = false
            for try await _ in try await connection.query("SELECT 1 FROM requisition_pickup WHERE requisition = \(requisition) LIMIT 1", logger: logger) {
                found = true
            }
            return found
        }
    }

    public func visits() async throws -> [CentralVisit] {
        try await transaction("reading visits") { connection in
            var visits: [CentralVisit] = []
            for try await (station, visit, status, host, date, event, invite) in try await connection.query(
                "SELECT station, visit, status, host_badge, expected_date, event_id, invite FROM visit ORDER BY station COLLATE \"C\", visit", logger: logger
            ).decode((String, Int64, String, String, String, String, String?).self) {
                visits.append(CentralVisit(station: station, visit: visit, status: status, hostBadge: host, expectedDate: date, eventID: event, invite: invite))
            }
            return visits
        }
    }

    public func events(kinds: [String]) async throws -> [SyncEvent] {
        guard !kinds.isEmpty else { return [] }
        return try await transaction("reading events") { connection in
            var events: [SyncEvent] = []
            for try await (id, station, sequence, actor, time, kind, payload) in try await connection.query("""
                SELECT id, station, sequence, actor, time, kind, payload FROM event
                WHERE kind = ANY(\(kinds)) ORDER BY station COLLATE "C", sequence
                """, logger: logger
            ).decode((String, String, Int64, String, Int64, String, String).self) {
                events.append(SyncEvent(id: id, station: station, sequence: sequence, actor: actor, time: time, kind: kind, payload: payload))
            }
            return events
        }
    }
}
