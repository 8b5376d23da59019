/// One mistake found in a CSV file, pinned to where a clerk can find it in the spreadsheet or a
/// text editor: the physical line (1-based, counting the header and every embedded newline)
/// and the column. The description is the message a person reads, so it names the column as
/// the header does and says what was expected.
public struct CSVImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the person knows it (`people.csv`), not a full path.
    public var file: String
    /// Physical line in the file, 1-based; the header is line 1 in a file without blank lines.
    public var line: Int
    /// The column's name from the header, when known.
    public var column: String?
    /// The column's 1-based position, when known; used when the header does not name it.
    public var columnIndex: Int?
    /// What is wrong, and what was expected.
    public var message: String

    public init(file: String, line: Int, column: String? = nil, columnIndex: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.columnIndex = columnIndex
        self.message = message
    }

    /// `people.csv:7: column "roles": unknown role "keepr" (expected one of employee, …)`: the
    /// `file:line:` prefix is what editors and `grep -n` use, so the place can be jumped to.
    public var description: String {
        var text = "\(file):\(line): "
        if let column {
            text += "column \"\(column)\": "
        } else if let columnIndex {
            text += "column \(columnIndex): "
        }
        return text + message
    }
}
