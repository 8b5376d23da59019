/// A CSV file as read: its header, its data rows with the physical line each starts on, and
/// the structural problems found while reading (unterminated quotes, rows with the wrong number
/// of fields). Rows with structural problems are left out of `rows`, so the mappers only see
/// rows that line up with the header, while the problems still reach the person.
public struct CSVTable: Sendable, Hashable {
    /// One data row: its fields in header order, and where it starts in the file.
    public struct Row: Sendable, Hashable {
        /// Physical line (1-based) the row starts on; a quoted field with newlines makes the
        /// row span several lines, and later rows keep their true line numbers.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// The file's name as the person knows it, for error messages.
    public var file: String
    /// Column names as written in the header row, with surrounding spaces removed.
    public var header: [String]
    /// The line the header was found on (1 unless the file starts with blank lines).
    public var headerLine: Int
    public var rows: [Row]
    /// Structural problems, in file order; empty for a well-formed file.
    public var problems: [CSVImportError]

    public init(file: String, header: [String], headerLine: Int = 1, rows: [Row], problems: [CSVImportError] = []) {
        self.file = file
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.problems = problems
    }

    /// Reads `text` and throws if it is not well-formed, for callers that want all or nothing.
    public static func parse(_ text: String, file: String) throws(CSVImportFailure) -> CSVTable {
        let table = CSVTable(parsing: text, file: file)
        guard table.problems.isEmpty else { throw CSVImportFailure(file: file, errors: table.problems) }
        return table
    }
}
