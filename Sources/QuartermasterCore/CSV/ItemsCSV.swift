/// The item master: `code,barcodes,name,spec,unit,category,stock,threshold,bin`, barcodes
/// separated by `;` (an item may have none yet). The category is the office's own word, kept
/// as written; stock and threshold are at most `QuantityLimit.maximum`. EAN/UPC-shaped barcodes must carry a correct
/// check digit (`CheckDigit`), so a typo does not leave an item that can never be scanned.
public enum ItemsCSV {
    public static let columns = ["code", "barcodes", "name", "spec", "unit", "category", "stock", "threshold", "bin"]

    /// Maps a parsed table to items, collecting every problem.
    public static func read(_ table: CSVTable) -> CSVImportResult<Item> {
        var errors = table.problems
        guard let columns = CSVColumns(table, required: Self.columns, errors: &errors) else {
            return CSVImportResult(file: table.file, rows: [], errors: errors)
        }
        var rows: [CSVRow<Item>] = []
        var lineOfCode: [String: Int] = [:]
        var lineOfBarcode: [String: (line: Int, code: String)] = [:]
        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let code = columns.value("code", in: row)
            if code.isEmpty {
                errors.append(columns.error("code", line: line, "empty; every item needs its code"))
            } else if let problem = ScannableCode.problem(code) {
                errors.append(columns.error("code", line: line, problem))
            } else if let earlier = lineOfCode[code] {
                errors.append(columns.error("code", line: line, "item \(code) is already on line \(earlier)"))
            } else {
                lineOfCode[code] = line
            }
            let name = columns.value("name", in: row)
            if name.isEmpty { errors.append(columns.error("name", line: line, "empty; every item needs a name")) }
            let unit = columns.value("unit", in: row)
            if unit.isEmpty { errors.append(columns.error("unit", line: line, "empty; give the unit it is handed out in (pack, box, piece)")) }

            var barcodes: [String] = []
            for barcode in CSVValue.list(columns.value("barcodes", in: row)) where !barcodes.contains(barcode) {
                if let problem = ScannableCode.problem(barcode) {
                    errors.append(columns.error("barcodes", line: line, problem))
                } else if isGTINShaped(barcode), !CheckDigit.isValid(barcode) {
                    let expected = CheckDigit.compute(barcode.dropLast()).map(String.init) ?? "?"
                    errors.append(columns.error("barcodes", line: line,
                        "barcode \(barcode): check digit wrong (its digits call for \(expected) at the end); check the number on the package"))
                } else if let earlier = lineOfBarcode[barcode] {
                    errors.append(columns.error("barcodes", line: line, "barcode \(barcode) is already given to item \(earlier.code) on line \(earlier.line)"))
                } else {
                    lineOfBarcode[barcode] = (line, code)
                    barcodes.append(barcode)
                }
            }

            let categoryText = columns.value("category", in: row)
            let category = ItemCategory(rawValue: categoryText)
            if category == nil {
                errors.append(columns.error("category", line: line, "empty; give the item's category in the office's words (for example 文具, 耗材, 设备)"))
            }
            var stock = 0
            var threshold = 0
            switch CSVValue.count(columns.value("stock", in: row)) {
            case .success(let value): stock = value
            case .failure(let message): errors.append(columns.error("stock", line: line, message.text))
            }
            switch CSVValue.count(columns.value("threshold", in: row)) {
            case .success(let value): threshold = value
            case .failure(let message): errors.append(columns.error("threshold", line: line, message.text))
            }
            guard errors.count == errorCount, let category else { continue }
            rows.append(CSVRow(line: line, record: Item(
                code: code, barcodes: barcodes, name: name, spec: columns.value("spec", in: row), unit: unit,
                category: category, stock: stock, threshold: threshold, bin: columns.value("bin", in: row))))
        }
        return CSVImportResult(file: table.file, rows: rows, errors: errors)
    }

    /// Reads and maps CSV text in one step.
    public static func read(_ text: String, file: String) -> CSVImportResult<Item> {
        read(CSVTable(parsing: text, file: file))
    }

    /// EAN-13, EAN-8 and UPC-A, the GS1 shapes makers print on packages, end in a check digit;
    /// other barcodes (Code 128, our own labels) have none to test and are accepted as given.
    static func isGTINShaped(_ barcode: String) -> Bool {
        [8, 12, 13].contains(barcode.unicodeScalars.count) && barcode.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}
