internal import Foundation
internal import GRDB
internal import QuartermasterCore

/// A row of `slip` (migration `v3-slips`): a slip produced (what it showed and where it went), a
/// reprint owed, or a pickup slip owed since before `v9-pickup-lean` (later ones are `slip_owed`).
struct SlipRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "slip"

    /// Lowercase UUID text.
    var id: String
    var requisitionNumber: String
    /// The journal entry that made this slip owed: the pickup, or the reprint.
    var journalID: String
    var reprintOf: String?
    /// Milliseconds since 1970 UTC.
    var created: Int64
    /// The slip's fields as JSON (sorted keys, millisecond times), as `JSONEncoder` writes them
    /// (`PickupJSON.slip`): what it showed, so a reprint shows it again.
    var content: String
    var state: String
    /// Where it went ("out/YPQ-2024-001-….pdf", "queued for slip-80 (job …)").
    var output: String?
    var lastError: String?
    var attempts: Int64
    var updated: Int64

    enum CodingKeys: String, CodingKey {
        case id
        case requisitionNumber = "requisition_number"
        case journalID = "journal_id"
        case reprintOf = "reprint_of"
        case created, content, state, output
        case lastError = "last_error"
        case attempts, updated
    }

    enum State: String {
        case pending, produced
    }

    init(_ queued: QueuedSlip, journalID: String, at time: Date) {
        id = queued.id.storedText
        requisitionNumber = queued.slip.requisitionNumber
        self.journalID = journalID
        reprintOf = queued.reprintOf?.storedText
        created = StoredTime.milliseconds(time)
        content = PickupJSON.slip(queued.slip)
        state = State.pending.rawValue
        output = nil
        lastError = nil
        attempts = 0
        updated = created
    }

    /// Inserts this row as `insert(db)` would, through a statement prepared once per
    /// connection: every pickup's slip is kept once produced.
    func insertPrepared(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO slip (id, requisition_number, journal_id, reprint_of, created, content, state, output, last_error, attempts, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
            .execute(arguments: [id, requisitionNumber, journalID, reprintOf, created, content, state, output, lastError, attempts, updated])
    }

    func queuedSlip() throws -> QueuedSlip {
        guard let uuid = UUID(uuidString: id) else { throw StoredValueError(detail: "slip has id \"\(id)\"") }
        let original = try reprintOf.map { text in
            guard let uuid = UUID(uuidString: text) else { throw StoredValueError(detail: "slip \(id) reprints \"\(text)\"") }
            return uuid
        }
        let slip = try Self.decoder.decode(PickupSlip.self, from: Data(content.utf8))
        return QueuedSlip(id: uuid, slip: slip, reprintOf: original)
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }
}
