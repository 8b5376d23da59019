internal import GRDB

/// A row of `journal`. Inserted once, never updated or deleted (triggers refuse both).
struct JournalRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "journal"

    /// Lowercase UUIDv7 text.
    var id: String
    var station: String
    var sequence: Int64
    var actor: String
    /// Milliseconds since 1970 UTC.
    var time: Int64
    /// A `JournalEventKind` raw value.
    var kind: String
    /// JSON with sorted keys.
    var payload: String
}
