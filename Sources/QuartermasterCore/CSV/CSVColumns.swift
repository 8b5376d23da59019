/// The header of an import file checked against the columns a mapper knows: every required
/// column present, no column it does not know (a typo such as `rolse` would otherwise be
/// silently ignored), none twice. Order is free, because spreadsheets get columns reordered.
struct CSVColumns {
    let file: String
    /// Lowercased column name → 0-based position in the row.
    private let positions: [String: Int]

    /// Checks `table`'s header; nil, with the problems appended to `errors`, when rows cannot
    /// be read against it.
    init?(_ table: CSVTable, required: [String], optional: [String] = [], errors: inout [CSVImportError]) {
        file = table.file
        guard !table.header.isEmpty else { return nil }
        let line = table.headerLine
        let known = required + optional
        var positions: [String: Int] = [:]
        var usable = true
        for (index, raw) in table.header.enumerated() {
            let name = raw.lowercased()
            if name.isEmpty {
                errors.append(CSVImportError(file: file, line: line, columnIndex: index + 1,
                    message: "the header has an empty column name (expected \(known.joined(separator: ", ")))"))
                usable = false
            } else if positions[name] != nil {
                errors.append(CSVImportError(file: file, line: line, column: raw, columnIndex: index + 1,
                    message: "the column appears twice in the header"))
                usable = false
            } else if !known.contains(name) {
                errors.append(CSVImportError(file: file, line: line, column: raw, columnIndex: index + 1,
                    message: "unexpected column (the columns are \(known.joined(separator: ", ")))"))
                usable = false
            } else {
                positions[name] = index
            }
        }
        for name in required where positions[name] == nil {
            errors.append(CSVImportError(file: file, line: line, column: name,
                message: "missing column (the header must name \(required.joined(separator: ", ")))"))
            usable = false
        }
        guard usable else { return nil }
        self.positions = positions
    }

    /// Whether an optional column is in the file.
    func has(_ name: String) -> Bool { positions[name] != nil }

    /// The trimmed value of column `name` in `row`; empty for an optional column not in the file.
    func value(_ name: String, in row: CSVTable.Row) -> String {
        guard let index = positions[name] else { return "" }
        return CSVTable.trimmed(row.fields[index])
    }

    /// A problem with the value of column `name` in the row starting on `line`.
    func error(_ name: String, line: Int, _ message: String) -> CSVImportError {
        CSVImportError(file: file, line: line, column: name, columnIndex: positions[name].map { $0 + 1 }, message: message)
    }
}
