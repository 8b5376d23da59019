internal import Foundation
public import QuartermasterCore
internal import GRDB

/// Stations, enrolment codes and tokens (only their hashes are stored).
extension SQLiteCentralStore {
    public func addStation(name: String, site: String) async throws -> String {
        try StationRules.checkName(name)
        let code = CentralSecret.enrolmentCode()
        let hash = CentralSecret.hash(CentralSecret.normalisedCode(code))
        let added = Self.milliseconds(now())
        try await run("adding station \(name)") {
            try await pool.write { db in
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM station WHERE name = ? AND revoked_at IS NULL", arguments: [name]) != nil {
                    throw StationRules.nameTaken(name)
                }
                try db.execute(sql: "INSERT INTO station (name, site, code_hash, added_at) VALUES (?, ?, ?, ?)", arguments: [name, site, hash, added])
            }
        }
        return code
    }

    public func revokeStation(name: String) async throws {
        let revoked = Self.milliseconds(now())
        try await run("revoking station \(name)") {
            try await pool.write { db in
                try db.execute(sql: "UPDATE station SET revoked_at = ?, code_hash = NULL WHERE name = ? AND revoked_at IS NULL", arguments: [revoked, name])
                guard db.changesCount == 1 else { throw StationRules.unknownStation(name) }
            }
        }
    }

    public func enrol(_ request: EnrolRequest) async throws -> EnrolResponse {
        try StationRules.checkStationID(request.station)
        let codeHash = CentralSecret.hash(CentralSecret.normalisedCode(request.code))
        let token = CentralSecret.token()
        let enrolled = Self.milliseconds(now())
        return try await run("enrolling station \(request.station)") {
            try await pool.write { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM station WHERE code_hash = ? AND revoked_at IS NULL", arguments: [codeHash]) else {
                    throw StationRules.codeRefused
                }
                let id: Int64 = row["id"]
                let name: String = row["name"]
                if let other = try String.fetchOne(db, sql: "SELECT name FROM station WHERE station_id = ? AND revoked_at IS NULL AND id <> ?", arguments: [request.station, id]) {
                    throw StationRules.stationIDTaken(request.station, by: other)
                }
                // The code is spent in the same transaction that issues the token: a replay
                // finds no code.
                try db.execute(
                    sql: "UPDATE station SET station_id = ?, token_hash = ?, code_hash = NULL, enrolled_at = ? WHERE id = ?",
                    arguments: [request.station, CentralSecret.hash(token), enrolled, id])
                try db.execute(sql: "INSERT INTO station_mark (station, acknowledged) VALUES (?, 0) ON CONFLICT (station) DO NOTHING", arguments: [request.station])
                return EnrolResponse(name: name, station: request.station, token: token)
            }
        }
    }

    public func authenticate(token: String) async throws -> AuthenticatedStation? {
        let hash = CentralSecret.hash(token)
        return try await run("checking a token") {
            try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT name, station_id, site FROM station WHERE token_hash = ? AND revoked_at IS NULL AND station_id IS NOT NULL", arguments: [hash])
                    .map { AuthenticatedStation(name: $0["name"], station: $0["station_id"], site: $0["site"]) }
            }
        }
    }

    public func stations() async throws -> [CentralStation] {
        try await run("listing stations") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT s.name, s.site, s.station_id, s.added_at, s.enrolled_at, s.revoked_at, COALESCE(m.acknowledged, 0) AS acknowledged
                    FROM station s LEFT JOIN station_mark m ON m.station = s.station_id ORDER BY s.name, s.id
                    """).map { row in
                    CentralStation(
                        name: row["name"], site: row["site"], station: row["station_id"], addedAt: Self.date(row["added_at"]),
                        enrolledAt: (row["enrolled_at"] as Int64?).map(Self.date), revokedAt: (row["revoked_at"] as Int64?).map(Self.date),
                        acknowledged: row["acknowledged"])
                }
            }
        }
    }
}
