/// The office's tree of places, one row per location: `code,name,parent_code`. The parent is
/// empty for a site and may be given on a later line than its children (spreadsheets get
/// sorted by name). A parent that is neither in the file nor at the station, and a parent
/// chain that comes back to itself, are the store's to find: they need what is already there.
public enum LocationsCSV {
    public static let columns = ["code", "name", "parent_code"]

    /// Maps a parsed table to locations, collecting every problem.
    public static func read(_ table: CSVTable) -> CSVImportResult<Location> {
        var errors = table.problems
        guard let columns = CSVColumns(table, required: Self.columns, errors: &errors) else {
            return CSVImportResult(file: table.file, rows: [], errors: errors)
        }
        var rows: [CSVRow<Location>] = []
        var lineOfCode: [String: Int] = [:]
        for row in table.rows {
            let line = row.line
            let errorCount = errors.count
            let code = columns.value("code", in: row)
            let name = columns.value("name", in: row)
            let parent = columns.value("parent_code", in: row)
            if code.isEmpty {
                errors.append(columns.error("code", line: line, "empty; every location needs the code printed on its label (for example LOC-HQ-3F-301)"))
            } else if let earlier = lineOfCode[code] {
                errors.append(columns.error("code", line: line, "location \(code) is already on line \(earlier)"))
            } else {
                lineOfCode[code] = line
            }
            if name.isEmpty {
                errors.append(columns.error("name", line: line, "empty; every location needs a name people recognise (for example 总部 3楼 301 会议室)"))
            }
            if !parent.isEmpty, parent == code {
                errors.append(columns.error("parent_code", line: line, "location \(code) cannot be inside itself; give the code of the room, floor or site around it, or leave it empty for a site"))
            }
            guard errors.count == errorCount else { continue }
            rows.append(CSVRow(line: line, record: Location(code: code, name: name, parentCode: parent.isEmpty ? nil : parent)))
        }
        return CSVImportResult(file: table.file, rows: rows, errors: errors)
    }

    /// Reads and maps CSV text in one step.
    public static func read(_ text: String, file: String) -> CSVImportResult<Location> {
        read(CSVTable(parsing: text, file: file))
    }
}
