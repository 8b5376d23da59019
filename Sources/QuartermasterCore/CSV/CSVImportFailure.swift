/// Every mistake found in one CSV file, so a clerk can fix the file in one go instead of
/// meeting the problems one import attempt at a time. Nothing from the file was imported.
public struct CSVImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// How many problems are listed at most; a file with more is probably the wrong file, and a
    /// longer list would scroll the first (most useful) ones off the screen.
    public static let listLimit = 50

    public var file: String
    /// The problems, in file order, at most `listLimit` of them.
    public var errors: [CSVImportError]
    /// How many problems were found in all, including those not listed.
    public var totalCount: Int

    /// Sorts the problems by line and column and keeps the first `listLimit`.
    public init(file: String, errors: [CSVImportError]) {
        self.file = file
        let sorted = errors.enumerated().sorted { a, b in
            (a.element.line, a.element.columnIndex ?? 0, a.offset) < (b.element.line, b.element.columnIndex ?? 0, b.offset)
        }.map(\.element)
        self.errors = Array(sorted.prefix(Self.listLimit))
        self.totalCount = errors.count
    }

    public var description: String {
        var lines = errors.map(\.description)
        if totalCount > errors.count {
            lines.append("\(file): … and \(totalCount - errors.count) more problems (only the first \(errors.count) are listed)")
        }
        return lines.joined(separator: "\n")
    }
}
