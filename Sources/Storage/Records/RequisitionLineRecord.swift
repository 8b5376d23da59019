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
