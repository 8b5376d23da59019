/// What an import did, for the clerk's confirmation line ("people.csv: 40 people, 3 added,
/// 2 updated, 35 unchanged").
public struct ImportSummary: Sendable, Hashable, Codable {
    public var file: String
    /// Records in the file.
    public var count: Int
    public var added: Int
    public var updated: Int
    /// Records already stored exactly as the file has them.
    public var unchanged: Int
    /// Existing items whose stock in the file differed and was left as this station has it.
    public var stockKept: Int

    public init(file: String, count: Int, added: Int, updated: Int, unchanged: Int, stockKept: Int = 0) {
        self.file = file
        self.count = count
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.stockKept = stockKept
    }
}
