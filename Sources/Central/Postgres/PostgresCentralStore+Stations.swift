public import QuartermasterCore
internal import PostgresNIO

/// Stations, enrolment codes and tokens (only their hashes are stored).
extension PostgresCentralStore {
    public func addStation(name: String, site: String) async throws -> String {
        try StationRules.checkName(name)
        let code = CentralSecret.enrolmentCode()
        let hash = CentralSecret.hash(CentralSecret.normalisedCode(code))
        let added = Self.milliseconds(now())
        try await transaction("adding station \(name)") { connection in
            let taken = try await connection.query("SELECT 1 FROM station WHERE name = \(name) AND revoked_at IS NULL", logger: logger)
            for try await _ in taken { throw StationRules.nameTaken(name) }
            try await connection.query("INSERT INTO station (name, site, code_hash, added_at) VALUES (\(name), \(site), \(hash), \(added))", logger: logger)
        }
        return code
    }

    public func revokeStation(name: String) async throws {
        let revoked = Self.milliseconds(now())
        try await transaction("revoking station \(name)") { connection in
            let rows = try await connection.query(
                "UPDATE station SET revoked_at = \(revoked), code_hash = NULL WHERE name = \(name) AND revoked_at IS NULL RETURNING id", logger: logger)
            var changed = 0
            for try await _ in rows { changed += 1 }
            guard changed == 1 else { throw StationRules.unknownStation(name) }
        }
    }

    public func enrol(_ request: EnrolRequest) async throws -> EnrolResponse {
        try StationRules.checkStationID(request.station)
        let codeHash = CentralSecret.hash(CentralSecret.normalisedCode(request.code))
        let token = CentralSecret.token()
        let tokenHash = CentralSecret.hash(token)
        let enrolled = Self.milliseconds(now())
        let station = request.station
        return try await transaction("enrolling station \(station)") { connection in
            // FOR UPDATE: two requests with one code serialise here, and the second finds it spent.
            let found = try await connection.query(
                "SELECT id, name FROM station WHERE code_hash = \(codeHash) AND revoked_at IS NULL FOR UPDATE", logger: logger)
            var row: (Int64, String)?
            for try await decoded in found.decode((Int64, String).self) { row = decoded }
            guard let (id, name) = row else { throw StationRules.codeRefused }
            let others = try await connection.query(
                "SELECT name FROM station WHERE station_id = \(station) AND revoked_at IS NULL AND id <> \(id)", logger: logger)
            for try await other in others.decode(String.self) { throw StationRules.stationIDTaken(station, by: other) }
            try await connection.query(
                "UPDATE station SET station_id = \(station), token_hash = \(tokenHash), code_hash = NULL, enrolled_at = \(enrolled) WHERE id = \(id)",
                logger: logger)
            try await connection.query("INSERT INTO station_mark (station, acknowledged) VALUES (\(station), 0) ON CONFLICT (station) DO NOTHING", logger: logger)
            return EnrolResponse(name: name, station: station, token: token)
        }
    }

    public func authenticate(token: String) async throws -> AuthenticatedStation? {
        let hash = CentralSecret.hash(token)
        return try await transaction("checking a token") { connection in
            let rows = try await connection.query(
                "SELECT name, station_id, site FROM station WHERE token_hash = \(hash) AND revoked_at IS NULL AND station_id IS NOT NULL", logger: logger)
            var found: AuthenticatedStation?
            for try await (name, station, site) in rows.decode((String, String, String).self) {
                found = AuthenticatedStation(name: name, station: station, site: site)
            }
            return found
        }
    }

    public func stations() async throws -> [CentralStation] {
        try await transaction("listing stations") { connection in
            let rows = try await connection.query("""
                SELECT s.name, s.site, s.station_id, s.added_at, s.enrolled_at, s.revoked_at, COALESCE(m.acknowledged, 0)
                FROM station s LEFT JOIN station_mark m ON m.station = s.station_id ORDER BY s.name, s.id
                """, logger: logger)
            var stations: [CentralStation] = []
            for try await (name, site, station, added, enrolled, revoked, acknowledged) in rows.decode((String, String, String?, Int64, Int64?, Int64?, Int64).self) {
                stations.append(CentralStation(
                    name: name, site: site, station: station, addedAt: Self.date(added), enrolledAt: enrolled.map(Self.date),
                    revokedAt: revoked.map(Self.date), acknowledged: acknowledged))
            }
            return stations
        }
    }
}
