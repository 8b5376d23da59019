/// A domain record read from a CSV file, with the line it came from, so that a problem found
/// later (an unknown item code when the store checks references) can still point at the row.
public struct CSVRow<Record> {
    /// Physical line (1-based) of the row in the file; for a record built from several rows,
    /// the first of them.
    public var line: Int
    public var record: Record

    public init(line: Int, record: Record) {
        self.line = line
        self.record = record
    }
}

extension CSVRow: Sendable where Record: Sendable {}
extension CSVRow: Equatable where Record: Equatable {}
extension CSVRow: Hashable where Record: Hashable {}
