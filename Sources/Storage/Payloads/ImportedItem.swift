internal import QuartermasterCore

/// An item as an import left it, for the journal. `stock` is the stock after the import; the
/// import event's `adjustments` are the movements that took it there, so a replay sets the
/// record's values and books the movements, never both from one figure.
struct ImportedItem: Encodable, Sendable {
    var change: ImportedRecordChange
    var code: String
    var barcodes: [String]
    var name: String
    var spec: String
    var unit: String
    var category: String
    var stock: Int
    var threshold: Int
    var bin: String

    init(_ item: Item, change: ImportedRecordChange) {
        self.change = change
        code = item.code
        barcodes = item.barcodes
        name = item.name
        spec = item.spec
        unit = item.unit
        category = item.category.rawValue
        stock = item.stock
        threshold = item.threshold
        bin = item.bin
    }
}
