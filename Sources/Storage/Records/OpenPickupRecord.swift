internal import Foundation
internal import GRDB
internal import QuartermasterCore

/// A row of `open_pickup`: a pickup's scans kept until it is recorded or cancelled.
struct OpenPickupRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "open_pickup"

    /// One scan as stored in `scans`: `{"item": "ITM-A4", "quantity": 10}`.
    private struct Scan: Codable {
        var item: String
        var quantity: Int
    }

    var requisitionNumber: String
    /// JSON array of the scans in order.
    var scans: String
    var keeperBadge: String
    var time: Int64
    var movementsSeen: Int64

    enum CodingKeys: String, CodingKey {
        case scans, time
        case requisitionNumber = "requisition_number"
        case keeperBadge = "keeper_badge"
        case movementsSeen = "movements_seen"
    }

    init(_ open: OpenPickup, movementsSeen: Int64) throws {
        requisitionNumber = open.requisitionNumber
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        scans = String(decoding: try encoder.encode(open.scans.map { Scan(item: $0.itemCode, quantity: $0.quantity) }), as: UTF8.self)
        keeperBadge = open.keeperBadge
        time = StoredTime.milliseconds(open.time)
        self.movementsSeen = movementsSeen
    }

    func openPickup() throws -> OpenPickup {
        guard let decoded = try? JSONDecoder().decode([Scan].self, from: Data(scans.utf8)) else {
            throw StoredValueError(detail: "the open pickup of \(requisitionNumber) has scans \"\(scans)\", not a list of item and quantity")
        }
        return OpenPickup(
            requisitionNumber: requisitionNumber, scans: decoded.map { PickSession.Scan(itemCode: $0.item, quantity: $0.quantity) },
            keeperBadge: keeperBadge, time: StoredTime.date(time))
    }
}
