internal import GRDB

/// A row of `item_barcode`: one barcode that identifies one item.
struct ItemBarcodeRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "item_barcode"

    var barcode: String
    var itemCode: String

    enum CodingKeys: String, CodingKey {
        case barcode
        case itemCode = "item_code"
    }
}
