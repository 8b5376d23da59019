internal import Foundation
public import QuartermasterCore
internal import PostgresNIO

/// Reading the central ledger back.
extension PostgresCentralStore {
    public func movements() async throws -> [CentralMovement] {
        try await transaction("reading movements") { connection in
            let rows = try await connection.query(
                "SELECT event_id, time, kind, item_code, quantity, actor, station, requisition, recipient, note FROM movement ORDER BY id", logger: logger)
            var movements: [CentralMovement] = []
            for try await (event, time, kind, item, quantity, actor, station, requisition, recipient, note)
                in rows.decode((String, Int64, String, String, Int64, String, String, String?, String?, String?).self) {
                movements.append(CentralMovement(eventID: event, movement: StockMovement(
                    time: Self.date(time), kind: MovementKind(rawValue: kind) ?? .adjustment, itemCode: item, quantity: Int(quantity),
                    actorBadge: actor, station: station, requisitionNumber: requisition, recipientBadge: recipient, note: note)))
            }
            return movements
        }
    }

    public func stock(item: String) async throws -> CentralStock {
        try await transaction("reading stock of \(item)") { connection in
            var total = 0
            for try await quantity in try await connection.query("SELECT quantity FROM item_stock WHERE item_code = \(item)", logger: logger).decode(Int64.self) {
                total = Int(quantity)
            }
            var byStation: [String: Int] = [:]
            for try await (station, quantity) in try await connection.query("SELECT station, quantity FROM stock WHERE item_code = \(item)", logger: logger).decode((String, Int64).self) {
                byStation[station] = Int(quantity)
            }
            return CentralStock(itemCode: item, total: total, byStation: byStation)
        }
    }

    public func asset(tag: String) async throws -> CentralAssetState? {
        try await transaction("reading asset \(tag)") { connection in
            var found: CentralAssetState?
            let rows = try await connection.query("SELECT tag, location, status, station, event_id FROM asset_state WHERE tag = \(tag)", logger: logger)
            for try await (tag, location, status, station, event) in rows.decode((String, String?, String?, String, String).self) {
                found = CentralAssetState(tag: tag, locationCode: location, status: status, station: station, eventID: event)
            }
            return found
        }
    }

    public func visit(station: String, number: Int64) async throws -> CentralVisit? {
        try await transaction("reading visit \(number)") { connection in
            var found: CentralVisit?
            let rows = try await connection.query(
                "SELECT station, visit, status, host_badge, expected_date, event_id, invite FROM visit WHERE station = \(station) AND visit = \(number)", logger: logger)
            for try await (station, visit, status, host, date, event, invite) in rows.decode((String, Int64, String, String, String, String, String?).self) {
                found = CentralVisit(station: station, visit: visit, status: status, hostBadge: host, expectedDate: date, eventID: event, invite: invite)
            }
            return found
        }
    }

    public func anomalies() async throws -> [CentralAnomaly] {
        try await transaction("reading anomalies") { connection in
            var anomalies: [CentralAnomaly] = []
            let rows = try await connection.query("SELECT \(unescaped: Self.anomalyColumns) FROM anomaly ORDER BY id", logger: logger)
            for try await row in rows.decode(AnomalyRow.self) { anomalies.append(Self.anomaly(row)) }
            return anomalies
        }
    }

    public func events(station: String, after sequence: Int64, limit: Int) async throws -> [SyncEvent] {
        let limit = max(0, limit)
        return try await transaction("reading station \(station)'s events") { connection in
            var events: [SyncEvent] = []
            let rows = try await connection.query("""
                SELECT id, station, sequence, actor, time, kind, payload FROM event
                WHERE station = \(station) AND sequence > \(sequence) ORDER BY sequence LIMIT \(limit)
                """, logger: logger)
            for try await (id, station, sequence, actor, time, kind, payload) in rows.decode((String, String, Int64, String, Int64, String, String).self) {
                events.append(SyncEvent(id: id, station: station, sequence: sequence, actor: actor, time: time, kind: kind, payload: payload))
            }
            return events
        }
    }

    public func acknowledged(station: String) async throws -> Int64 {
        try await transaction("reading station \(station)'s mark") { connection in
            var mark: Int64 = 0
            for try await value in try await connection.query("SELECT acknowledged FROM station_mark WHERE station = \(station)", logger: logger).decode(Int64.self) {
                mark = value
            }
            return mark
        }
    }
}
