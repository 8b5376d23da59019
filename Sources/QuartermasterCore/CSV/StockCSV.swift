/// Stock on hand for the office's spreadsheet, with a `below_threshold` column to filter on
/// when planning purchases.
public enum StockCSV {
    public static let columns = ["code", "name", "spec", "unit", "category", "stock", "threshold", "bin", "below_threshold"]

    /// The export as a table: stock and threshold numbers, `below_threshold` the text `yes`/`no`.
    public static func table(_ items: [Item]) -> ExportTable {
        ExportTable(sheetName: "stock", header: columns, rows: items.map { item in
            [
                .text(item.code), .text(item.name), .text(item.spec), .text(item.unit), .text(item.category.rawValue),
                .integer(item.stock), .integer(item.threshold), .text(item.bin), .text(item.stock < item.threshold ? "yes" : "no"),
            ]
        })
    }

    public static func text(_ items: [Item], byteOrderMark: Bool = false) -> String {
        CSVWriter.document(table(items), byteOrderMark: byteOrderMark)
    }
}
