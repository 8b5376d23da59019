internal import Foundation
internal import GRDB

/// A row of `print_job`.
struct PrintJobRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "print_job"

    /// Lowercase UUID text.
    var id: String
    /// Milliseconds since 1970 UTC.
    var created: Int64
    var queue: String
    var format: String
    var title: String
    /// JSON object with sorted keys.
    var options: String
    var payload: Data?
    var size: Int64
    var state: String
    var cupsJobID: Int64?
    /// Lowercase UUID text of the submission claim's owner token (migration v3-print-claims).
    var claim: String?
    var attempts: Int64
    var lastError: String?
    var notBefore: Int64
    var updated: Int64

    enum CodingKeys: String, CodingKey {
        case id, created, queue, format, title, options, payload, size, state
        case cupsJobID = "cups_job_id"
        case claim
        case attempts
        case lastError = "last_error"
        case notBefore = "not_before"
        case updated
    }

    /// The columns without the payload, for listings that must not load every document.
    static var summaryColumns: [any SQLSelectable] {
        [
            Column("id"), Column("created"), Column("queue"), Column("format"), Column("title"), Column("options"),
            SQL("NULL AS payload"), Column("size"), Column("state"), Column("cups_job_id"), Column("claim"), Column("attempts"),
            Column("last_error"), Column("not_before"), Column("updated"),
        ]
    }

    init(_ entry: PrintJobEntry) throws {
        id = entry.id.uuidString.lowercased()
        created = StoredTime.milliseconds(entry.created)
        queue = entry.queue
        format = entry.format
        title = entry.title
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        options = String(decoding: try encoder.encode(entry.options), as: UTF8.self)
        payload = entry.payload.map { Data($0) }
        size = Int64(entry.size)
        state = entry.state.rawValue
        cupsJobID = entry.cupsJobID.map(Int64.init)
        claim = entry.claim.map { $0.uuidString.lowercased() }
        attempts = Int64(entry.attempts)
        lastError = entry.lastError
        notBefore = StoredTime.milliseconds(entry.notBefore)
        updated = StoredTime.milliseconds(entry.updated)
    }

    func entry() throws -> PrintJobEntry {
        guard let uuid = UUID(uuidString: id) else {
            throw StoredValueError(detail: "print job \"\(id)\" has a malformed id")
        }
        guard let jobState = PrintJobEntry.State(rawValue: state) else {
            throw StoredValueError(detail: "print job \(id) has unknown state \"\(state)\"")
        }
        let claimToken: UUID?
        if let claim {
            guard let token = UUID(uuidString: claim) else {
                throw StoredValueError(detail: "print job \(id) has a malformed claim \"\(claim)\"")
            }
            claimToken = token
        } else {
            claimToken = nil
        }
        guard let decoded = try? JSONDecoder().decode([String: String].self, from: Data(options.utf8)) else {
            throw StoredValueError(detail: "print job \(id) has options that are not text values: \(options)")
        }
        return PrintJobEntry(
            id: uuid, queue: queue, format: format, title: title, options: decoded,
            payload: payload.map { [UInt8]($0) }, size: Int(size), state: jobState, cupsJobID: cupsJobID.map(Int.init),
            claim: claimToken, attempts: Int(attempts), lastError: lastError, created: StoredTime.date(created),
            updated: StoredTime.date(updated), notBefore: StoredTime.date(notBefore))
    }
}
