/// A stock-keeping item: one code, any number of barcodes (the maker's EAN and our own).
public struct Item: Sendable, Hashable, Codable {
    public var code: String
    public var barcodes: [String]
    public var name: String
    public var spec: String
    public var unit: String
    /// The office's own word for the kind of goods (文具, 耗材, 设备), shown as written.
    public var category: ItemCategory
    /// Units on hand as the books say. Never negative: the schema refuses it.
    public var stock: Int
    /// Reorder point: stock falling below it raises a replenishment request.
    public var threshold: Int
    /// Where the keeper finds it ("A-03-2").
    public var bin: String

    public init(
        code: String, barcodes: [String], name: String, spec: String, unit: String,
        category: ItemCategory, stock: Int, threshold: Int, bin: String
    ) {
        self.code = code
        self.barcodes = barcodes
        self.name = name
        self.spec = spec
        self.unit = unit
        self.category = category
        self.stock = stock
        self.threshold = threshold
        self.bin = bin
    }
}
