internal import GRDB
internal import QuartermasterCore

/// A row of `item`; its barcodes live in `item_barcode`.
struct ItemRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "item"

    var code: String
    var name: String
    var spec: String
    var unit: String
    var category: String
    var stock: Int
    var threshold: Int
    var bin: String
}

// In an extension, so the memberwise initializer stays synthesized.
extension ItemRecord {
    /// Decoded by hand rather than through `Decodable` (GRDB's keyed decoding container costs
    /// several times SQLite's own work for the row): every scan at the counter and every pickup
    /// reads this record.
    init(row: Row) throws {
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
        spec = try row.decode(forColumn: "spec")
        unit = try row.decode(forColumn: "unit")
        category = try row.decode(forColumn: "category")
        stock = try row.decode(forColumn: "stock")
        threshold = try row.decode(forColumn: "threshold")
        bin = try row.decode(forColumn: "bin")
    }

    init(_ item: Item) {
        code = item.code
        name = item.name
        spec = item.spec
        unit = item.unit
        category = item.category.rawValue
        stock = item.stock
        threshold = item.threshold
        bin = item.bin
    }

    func item(barcodes: [String]) throws -> Item {
        guard let category = ItemCategory(rawValue: category) else {
            throw StoredValueError(detail: "item \(code) has unknown category \"\(self.category)\"")
        }
        return Item(
            code: code, barcodes: barcodes, name: name, spec: spec, unit: unit, category: category,
            stock: stock, threshold: threshold, bin: bin)
    }
}
