/// Stock on hand for the office's spreadsheet, with a `below_threshold` column to filter on
/// when planning purchases.
public enum StockCSV {
    public static let columns = ["code", "name", "spec", "unit", "category", "stock", "threshold", "bin", "below_threshold"]

    public static func text(_ items: [Item], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(header: columns, rows: items.map { item in
            [
                item.code, item.name, item.spec, item.unit, item.category.rawValue, String(item.stock),
                String(item.threshold), item.bin, item.stock < item.threshold ? "yes" : "no",
            ]
        }, byteOrderMark: byteOrderMark)
    }
}
