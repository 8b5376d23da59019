internal import Foundation
public import QuartermasterCore
internal import GRDB

/// The journal: written in the same transaction as the change it reports, read by sync.
extension StationDatabase {
    // MARK: Reading

    /// This station's entries with a sequence above `sequence`, in order: what sync has not yet
    /// sent when `sequence` is the last one the centre acknowledged. A database is one station's
    /// (its id is stored and checked on open), so every entry in it is this station's, also
    /// those written under its name before a `station.renamed`; the sequence runs on across it.
    public func journal(after sequence: Int64 = 0) throws(StationProblem) -> [JournalEntry] {
        try read { db in
            try JournalRecord
                .filter(sql: "sequence > ?", arguments: [sequence])
                .order(sql: "sequence, rowid")
                .fetchAll(db)
                .map(Self.entry)
        }
    }

    private static func entry(_ record: JournalRecord) throws -> JournalEntry {
        guard let id = UUID(uuidString: record.id) else {
            throw StoredValueError(detail: "journal entry \(record.sequence) has id \"\(record.id)\"")
        }
        guard let kind = JournalEventKind(rawValue: record.kind) else {
            throw StoredValueError(detail: "journal entry \(record.id) has unknown kind \"\(record.kind)\"")
        }
        return JournalEntry(
            id: id, station: record.station, sequence: record.sequence, actorBadge: record.actor,
            time: StoredTime.date(record.time), kind: kind, payload: record.payload)
    }

    // MARK: Appending

    /// Appends one event inside the caller's transaction and returns its id, which movements
    /// reference. The sequence is the database's last plus one (a database is one station's,
    /// whatever it was called when): the write transaction serialises writers, so two events
    /// can never take the same number.
    func appendJournal(_ db: Database, kind: JournalEventKind, actor: String, time: Date, payload: some Encodable) throws -> String {
        try appendJournal(db, station: stationID, kind: kind, actor: actor, time: time, payload: payload)
    }

    func appendJournal(_ db: Database, station: String, kind: JournalEventKind, actor: String, time: Date, payload: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        let json = String(decoding: try encoder.encode(payload), as: UTF8.self)
        return try appendJournal(db, station: station, kind: kind, actor: actor, time: time, json: json)
    }

    /// Appends an event whose payload is already JSON as `JSONEncoder` above writes it (the
    /// pickup's, by `PickupJSON`, which the keeper waits for).
    func appendJournal(_ db: Database, kind: JournalEventKind, actor: String, time: Date, json: String) throws -> String {
        try appendJournal(db, station: stationID, kind: kind, actor: actor, time: time, json: json)
    }

    private func appendJournal(_ db: Database, station: String, kind: JournalEventKind, actor: String, time: Date, json: String) throws -> String {
        // Every write appends here: plain statements from the cache, through `CachedSQL`.
        let last = try CachedSQL(db, "SELECT MAX(sequence) FROM journal")
        guard try last.step() else { throw StoredValueError(detail: "the journal's last sequence cannot be read") }
        let sequence = last.int64(0) + 1
        last.finish()
        var generator = SystemRandomNumberGenerator()
        let id = UUIDv7.make(time: time, using: &generator).storedText
        // Escaping at most doubles the payload in a push body: only a payload near half the
        // limit is worth the exact measure (an import of many thousands of rows).
        if json.utf8.count * 2 + 4096 > journalEntryLimit {
            let event = SyncEvent(id: id, station: station, sequence: sequence, actor: actor, time: StoredTime.milliseconds(time), kind: kind.rawValue, payload: json)
            let size = PushRequest.bodyBytes(of: event)
            if size > journalEntryLimit {
                throw StationProblem(
                    .invalidInput,
                    "This change is too large to record: its journal entry (\(kind.rawValue)) would take \(Self.megabytes(size)) to send to the centre, and the centre takes at most \(Self.megabytes(journalEntryLimit)) at a time. Nothing was recorded.",
                    advice: "Split the file into smaller ones (half the rows each, say) and import them one after the other.")
            }
        }
        let insert = try CachedSQL(db, "INSERT INTO journal (id, station, sequence, actor, time, kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insert.bind(1, id)
        insert.bind(2, station)
        insert.bind(3, sequence)
        insert.bind(4, actor)
        insert.bind(5, StoredTime.milliseconds(time))
        insert.bind(6, kind.rawValue)
        insert.bind(7, json)
        try insert.execute()
        return id
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) - 1) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
