import QuartermasterCore

/// One `ExportTable` checked against a worksheet's limits, its cells prepared and its column
/// widths chosen: everything that can fail fails here, before a file is created.
struct PreparedSheet {
    var name: String
    var header: [String]
    var rows: [[PreparedCell]]
    /// The widest row's cell count (the header's, unless a row is longer).
    var columnCount: Int
    /// One width per column, in Excel's units (about one Latin character of the default font).
    var columnWidths: [Double]

    init(_ table: ExportTable) throws(SpreadsheetError) {
        name = table.sheetName
        guard table.rows.count < SpreadsheetLimits.rows else {
            throw .tooManyRows(sheet: table.sheetName, count: table.rows.count)
        }
        columnCount = table.rows.reduce(table.header.count) { max($0, $1.count) }
        guard columnCount <= SpreadsheetLimits.columns else {
            throw .tooManyColumns(sheet: table.sheetName, count: columnCount)
        }
        var header: [String] = []
        for (column, title) in table.header.enumerated() {
            let cell = try PreparedCell(.text(title), at: .init(sheet: table.sheetName, row: 1, column: Self.columnName(column)))
            if case .text(let text, _) = cell { header.append(text) } else { header.append("") }
        }
        self.header = header
        var rows: [[PreparedCell]] = []
        rows.reserveCapacity(table.rows.count)
        var widest = header.map { ColumnWidth.shown($0) + ColumnWidth.filterButton }
        widest += Array(repeating: 0, count: columnCount - widest.count)
        for (index, row) in table.rows.enumerated() {
            var prepared: [PreparedCell] = []
            prepared.reserveCapacity(row.count)
            for (column, cell) in row.enumerated() {
                let place = SpreadsheetError.CellPlace(
                    sheet: table.sheetName, row: index + 2,
                    column: column < table.header.count ? table.header[column] : Self.columnName(column))
                let ready = try PreparedCell(cell, at: place)
                prepared.append(ready)
                widest[column] = max(widest[column], ColumnWidth.shown(ready, as: cell))
            }
            rows.append(prepared)
        }
        self.rows = rows
        columnWidths = widest.map(ColumnWidth.width(forShown:))
    }

    /// `A`, `B`, … `Z`, `AA`: a column's letters, for a column without a header.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
