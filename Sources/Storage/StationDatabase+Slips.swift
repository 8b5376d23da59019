public import Foundation
public import QuartermasterCore
internal import GRDB

/// Pickup slips the station owes, and those it produced.
///
/// A pickup owes its slip in its own transaction (`recordPickup`), so the promise "a restart
/// loses nothing" holds for the paper too: a slip that was not yet printed or filed when the
/// station died is still pending when it starts again, and is produced then. Since
/// `v9-pickup-lean` a pickup's slip is owed by a `slip_owed` row naming its `pickup.confirmed`
/// event, the slip's record, and is built from that event when it is produced; producing it
/// keeps what was printed as a `slip` row. Slips owed before that migration, and reprints,
/// are `slip` rows with their content from the start (`v3-slips`).
extension StationDatabase {
    // MARK: Reading

    /// Slips owed and not yet produced, oldest first.
    public func pendingSlips() throws(StationProblem) -> [QueuedSlip] {
        try read { db in
            var pending: [(created: Int64, slip: QueuedSlip)] = try SlipRecord.filter(sql: "state = 'pending'")
                .order(sql: "created, rowid").fetchAll(db).map { ($0.created, try $0.queuedSlip()) }
            for owed in try Self.owedSlipEvents(db) {
                pending.append((owed.time, try Self.pickupSlip(db, event: owed)))
            }
            // Both lists are in order already; a stable sort by time merges them.
            return pending.enumerated().sorted { ($0.element.created, $0.offset) < ($1.element.created, $1.offset) }.map(\.element.slip)
        }
    }

    /// The slip owed under `id`, built as it will be printed; nil when it is not owed (produced
    /// already, or never).
    public func owedSlip(id: UUID) throws(StationProblem) -> QueuedSlip? {
        try read { db in try Self.owedSlip(db, id: id.storedText) }
    }

    /// Every slip of one requisition (first prints and reprints), oldest first, with where each
    /// went (nil: still owed).
    public func slips(requisition number: String) throws(StationProblem) -> [(slip: QueuedSlip, output: String?)] {
        try read { db in try Self.slips(db, requisition: number) }
    }

    // MARK: Producing

    /// Notes where a slip went; false when it was already produced (another run did it). A
    /// pickup's own slip is kept as it is now built from its event; `markSlipProduced(_:…)`
    /// keeps the very slip that was printed.
    @discardableResult
    public func markSlipProduced(id: UUID, output: String, at now: Date) throws(StationProblem) -> Bool {
        try write { db in
            guard let owed = try Self.owedSlip(db, id: id.storedText) else {
                return try Self.markStoredSlipProduced(db, id: id, output: output, at: now)
            }
            return try Self.keepProduced(db, owed, output: output, at: now)
        }
    }

    /// Notes where `slip` went, keeping its content as it was printed; false when it was
    /// already produced.
    @discardableResult
    public func markSlipProduced(_ slip: QueuedSlip, output: String, at now: Date) throws(StationProblem) -> Bool {
        try write { db in
            guard try Self.isOwedByEvent(db, id: slip.id.storedText) else {
                return try Self.markStoredSlipProduced(db, id: slip.id, output: output, at: now)
            }
            return try Self.keepProduced(db, slip, output: output, at: now)
        }
    }

    /// Notes why a slip could not be produced this time; it stays pending.
    public func noteSlipProblem(id: UUID, _ problem: String, at now: Date) throws(StationProblem) {
        try write { db in
            try db.execute(
                sql: "UPDATE slip_owed SET last_error = ?, attempts = attempts + 1 WHERE id = ?",
                arguments: [problem, id.storedText])
            try db.execute(
                sql: "UPDATE slip SET last_error = ?, attempts = attempts + 1, updated = ? WHERE id = ? AND state = 'pending'",
                arguments: [problem, StoredTime.milliseconds(now), id.storedText])
        }
    }

    // MARK: Reprinting

    /// Queues a copy of a requisition's latest slip (a torn or lost one), journalled as
    /// `slip.reprinted` with who asked, in one transaction.
    public func reprintSlip(requisition number: String, actorBadge: String, at now: Date) throws(StationProblem) -> QueuedSlip {
        try write { db in
            guard let original = try Self.slips(db, requisition: number).last?.slip else {
                let known = try Self.fetchRequisition(db, number: number) != nil
                throw StationProblem(
                    .conflict,
                    known ? "Requisition \(number) has no pickup slip at this station: nothing was handed out against it here."
                        : "Requisition \(number) is not at this station.",
                    advice: known ? "A slip is made when the recipient confirms a pickup." : "Check the number on the slip or the requisition list.")
            }
            let first = original.reprintOf ?? original.id
            if try Self.isOwedByEvent(db, id: first.storedText) {
                // The copy names the slip it copies (`reprint_of` references `slip`): a first
                // print still owed becomes a `slip` row, still pending, with what it shows now.
                try db.execute(sql: "DELETE FROM slip_owed WHERE id = ?", arguments: [first.storedText])
                try SlipRecord(original, journalID: first.storedText, at: original.slip.pickupTime).insertPrepared(db)
            }
            let queued = QueuedSlip(id: UUID(), slip: original.slip, reprintOf: first)
            let journalID = try appendJournal(
                db, kind: .slipReprinted, actor: actorBadge, time: now,
                payload: SlipReprintPayload(requisition: number, slip: queued.id, reprintOf: first))
            try SlipRecord(queued, journalID: journalID, at: now).insertPrepared(db)
            return queued
        }
    }

    // MARK: Inside transactions

    /// A pickup event that owes its slip (`slip_owed`).
    struct OwedSlipEvent {
        var id: String
        /// Milliseconds since 1970 UTC: the pickup's.
        var time: Int64
        var payload: String
    }

    /// The pickup events whose slips are owed, in the journal's order.
    static func owedSlipEvents(_ db: Database, requisition: String? = nil) throws -> [OwedSlipEvent] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT journal.id, journal.time, journal.payload FROM slip_owed JOIN journal ON journal.id = slip_owed.id
            WHERE ?1 IS NULL OR json_extract(journal.payload, '$.requisitionNumber') = ?1
            ORDER BY journal.rowid
            """, arguments: [requisition])
        return rows.map { OwedSlipEvent(id: $0[0], time: $0[1], payload: $0[2]) }
    }

    static func isOwedByEvent(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM slip_owed WHERE id = ?)", arguments: [id]) ?? false
    }

    static func owedSlip(_ db: Database, id: String) throws -> QueuedSlip? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT journal.id, journal.time, journal.payload FROM slip_owed JOIN journal ON journal.id = slip_owed.id
            WHERE slip_owed.id = ?
            """, arguments: [id])
        else { return nil }
        return try pickupSlip(db, event: OwedSlipEvent(id: row[0], time: row[1], payload: row[2]))
    }

    /// A pickup's slip, built from its event: the requisition's lines and status as the pickup
    /// left them, from the event; who was at the counter, by badge from the event; names,
    /// specs, units and the requisition's other fields as the station knows them now.
    static func pickupSlip(_ db: Database, event: OwedSlipEvent) throws -> QueuedSlip {
        guard let id = UUID(uuidString: event.id) else { throw StoredValueError(detail: "journal entry has id \"\(event.id)\"") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        let payload: PickupConfirmedPayload
        do {
            payload = try decoder.decode(PickupConfirmedPayload.self, from: Data(event.payload.utf8))
        } catch {
            throw StoredValueError(detail: "pickup \(event.id)'s event cannot be read (\(error))")
        }
        guard let lines = payload.lines, let status = payload.status else {
            throw StoredValueError(detail: "pickup \(event.id)'s event does not hold the requisition it left")
        }
        guard var requisition = try fetchRequisition(db, number: payload.requisitionNumber) else {
            throw StoredValueError(detail: "pickup \(event.id) is of requisition \(payload.requisitionNumber), which is not at this station")
        }
        let requested = Dictionary(requisition.lines.map { ($0.itemCode, $0.requested) }, uniquingKeysWith: { first, _ in first })
        requisition.status = status
        requisition.lines = lines.map {
            RequisitionLine(itemCode: $0.itemCode, requested: requested[$0.itemCode] ?? $0.approved, approved: $0.approved, picked: $0.picked)
        }
        var items: [String: Item] = [:]
        for line in requisition.lines where items[line.itemCode] == nil {
            items[line.itemCode] = try fetchItem(db, code: line.itemCode)
        }
        let commit = payload.commit
        let slip = PickupSlip(
            recording: commit, requisition: requisition, items: items,
            applicant: try fetchPerson(db, badge: requisition.applicantBadge), keeper: try fetchPerson(db, badge: commit.keeperBadge),
            recipient: try fetchPerson(db, badge: commit.recipientBadge))
        return QueuedSlip(id: id, slip: slip)
    }

    /// A requisition's slips, first prints and reprints, oldest first: those kept in `slip`
    /// and those its pickups still owe.
    static func slips(_ db: Database, requisition number: String) throws -> [(slip: QueuedSlip, output: String?)] {
        var all: [(created: Int64, slip: QueuedSlip, output: String?)] = try SlipRecord
            .filter(sql: "requisition_number = ?", arguments: [number]).order(sql: "created, rowid")
            .fetchAll(db).map { ($0.created, try $0.queuedSlip(), $0.output) }
        for owed in try owedSlipEvents(db, requisition: number) {
            all.append((owed.time, try pickupSlip(db, event: owed), nil))
        }
        return all.enumerated().sorted { ($0.element.created, $0.offset) < ($1.element.created, $1.offset) }
            .map { ($0.element.slip, $0.element.output) }
    }

    /// Keeps a pickup's slip that was owed by its event as produced, with what it showed.
    private static func keepProduced(_ db: Database, _ slip: QueuedSlip, output: String, at now: Date) throws -> Bool {
        let id = slip.id.storedText
        let attempts = try Int64.fetchOne(db, sql: "SELECT attempts FROM slip_owed WHERE id = ?", arguments: [id]) ?? 0
        try db.execute(sql: "DELETE FROM slip_owed WHERE id = ?", arguments: [id])
        guard db.changesCount == 1 else { return false }
        var record = SlipRecord(slip, journalID: id, at: slip.slip.pickupTime)
        record.state = SlipRecord.State.produced.rawValue
        record.output = output
        record.attempts = attempts
        record.updated = max(record.created, StoredTime.milliseconds(now))
        try record.insertPrepared(db)
        return true
    }

    private static func markStoredSlipProduced(_ db: Database, id: UUID, output: String, at now: Date) throws -> Bool {
        try db.execute(
            sql: "UPDATE slip SET state = 'produced', output = ?, last_error = NULL, updated = ? WHERE id = ? AND state = 'pending'",
            arguments: [output, StoredTime.milliseconds(now), id.storedText])
        return db.changesCount > 0
    }
}

/// The `slip.reprinted` event: which requisition's slip was printed again, and which slip it copies.
struct SlipReprintPayload: Encodable {
    var requisition: String
    var slip: UUID
    var reprintOf: UUID
}
