internal import Foundation
internal import QuartermasterCore
internal import GRDB

/// Reading the central ledger back.
extension SQLiteCentralStore {
    public func movements() async throws -> [CentralMovement] {
        try await run("reading movements") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM movement ORDER BY id").map { row in
                    CentralMovement(eventID: row["event_id"], movement: StockMovement(
                        time: Self.date(row["time"]), kind: MovementKind(rawValue: row["kind"]) ?? .adjustment, itemCode: row["item_code"],
                        quantity: row["quantity"], actorBadge: row["actor"], station: row["station"],
                        requisitionNumber: row["requisition"], recipientBadge: row["recipient"], note: row["note"]))
                }
            }
        }
    }

    public func stock(item: String) async throws -> CentralStock {
        try await run("reading stock of \(item)") {
            try await pool.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT quantity FROM item_stock WHERE item_code = ?", arguments: [item]) ?? 0
                let rows = try Row.fetchAll(db, sql: "SELECT station, quantity FROM stock WHERE item_code = ?", arguments: [item])
                return CentralStock(itemCode: item, total: total, byStation: Dictionary(uniqueKeysWithValues: rows.map { ($0["station"], $0["quantity"]) }))
            }
        }
    }

    public func asset(tag: String) async throws -> CentralAssetState? {
        try await run("reading asset \(tag)") {
            try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM asset_state WHERE tag = ?", arguments: [tag]).map {
                    CentralAssetState(tag: $0["tag"], locationCode: $0["location"], status: $0["status"], station: $0["station"], eventID: $0["event_id"])
                }
            }
        }
    }

    public func visit(station: String, number: Int64) async throws -> CentralVisit? {
        try await run("reading visit \(number)") {
            try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM visit WHERE station = ? AND visit = ?", arguments: [station, number]).map(Self.visit)
            }
        }
    }

    /// A `visit` row.
    static func visit(_ row: Row) -> CentralVisit {
        CentralVisit(station: row["station"], visit: row["visit"], status: row["status"], hostBadge: row["host_badge"],
                     expectedDate: row["expected_date"], eventID: row["event_id"], invite: row["invite"])
    }

    public func anomalies() async throws -> [CentralAnomaly] {
        try await run("reading anomalies") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM anomaly ORDER BY id").map(Self.anomaly)
            }
        }
    }
}
