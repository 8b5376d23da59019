internal import GRDB
internal import QuartermasterCore

/// A row of `requisition_line`: requested, approved and picked units of one item.
struct RequisitionLineRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "requisition_line"

    var requisitionNumber: String
    var itemCode: String
    var requested: Int
    var approved: Int
    var picked: Int

    enum CodingKeys: String, CodingKey {
        case requisitionNumber = "requisition_number"
        case itemCode = "item_code"
        case requested, approved, picked
    }

    /// Decoded by hand rather than through `Decodable` (GRDB's keyed decoding container costs
    /// several times SQLite's own work for the row): every scan at the counter and every pickup
    /// reads this record.
    init(row: Row) throws {
        requisitionNumber = try row.decode(forColumn: "requisition_number")
        itemCode = try row.decode(forColumn: "item_code")
        requested = try row.decode(forColumn: "requested")
        approved = try row.decode(forColumn: "approved")
        picked = try row.decode(forColumn: "picked")
    }

    init(requisitionNumber: String, line: RequisitionLine) {
        self.requisitionNumber = requisitionNumber
        itemCode = line.itemCode
        requested = line.requested
        approved = line.approved
        picked = line.picked
    }

    var line: RequisitionLine {
        RequisitionLine(itemCode: itemCode, requested: requested, approved: approved, picked: picked)
    }
}
