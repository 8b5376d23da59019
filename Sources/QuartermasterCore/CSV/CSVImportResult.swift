/// What a mapper made of a file: the records it could read and the problems it found. Both are
/// kept so the store can add its own reference checks on the good rows and report every
/// problem in the file at once.
public struct CSVImportResult<Record> {
    public var file: String
    public var rows: [CSVRow<Record>]
    /// Problems from reading and mapping, structural ones included.
    public var errors: [CSVImportError]

    public init(file: String, rows: [CSVRow<Record>], errors: [CSVImportError]) {
        self.file = file
        self.rows = rows
        self.errors = errors
    }

    /// The records, or every problem found if there was any: all or nothing.
    public func records() throws(CSVImportFailure) -> [CSVRow<Record>] {
        guard errors.isEmpty else { throw CSVImportFailure(file: file, errors: errors) }
        return rows
    }
}

extension CSVImportResult: Sendable where Record: Sendable {}
extension CSVImportResult: Equatable where Record: Equatable {}
