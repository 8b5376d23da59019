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

    /// Inserts this row as `insert(db)` would, through a statement prepared once per
    /// connection: every write appends to the journal, and GRDB's record insert encodes the
    /// record into a container and looks its statement up by generated SQL on each call.
    func insertPrepared(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO journal (id, station, sequence, actor, time, kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [id, station, sequence, actor, time, kind, payload])
    }
}
