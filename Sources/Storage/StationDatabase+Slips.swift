public import Foundation
public import QuartermasterCore
internal import GRDB

/// Pickup slips the station owes (`slip`, migration `v3-slips`).
///
/// A pickup's slip is written in the pickup's own transaction (`recordPickup`), so the promise
/// "a restart loses nothing" holds for the paper too: a slip that was not yet printed or filed
/// when the station died is still pending when it starts again, and is produced then.
extension StationDatabase {
    // MARK: Reading

    /// Slips owed and not yet produced, oldest first.
    public func pendingSlips() throws(StationProblem) -> [QueuedSlip] {
        try read { db in
            try SlipRecord.filter(sql: "state = 'pending'").order(sql: "created, rowid").fetchAll(db).map { try $0.queuedSlip() }
        }
    }

    /// Every slip of one requisition (first prints and reprints), oldest first, with where each went.
    public func slips(requisition number: String) throws(StationProblem) -> [(slip: QueuedSlip, output: String?)] {
        try read { db in
            try SlipRecord.filter(sql: "requisition_number = ?", arguments: [number]).order(sql: "created, rowid")
                .fetchAll(db).map { (try $0.queuedSlip(), $0.output) }
        }
    }

    // MARK: Producing

    /// Notes where a slip went; false when it was already produced (another run did it).
    @discardableResult
    public func markSlipProduced(id: UUID, output: String, at now: Date) throws(StationProblem) -> Bool {
        try write { db in
            try db.execute(
                sql: "UPDATE slip SET state = 'produced', output = ?, last_error = NULL, updated = ? WHERE id = ? AND state = 'pending'",
                arguments: [output, StoredTime.milliseconds(now), id.uuidString.lowercased()])
            return db.changesCount > 0
        }
    }

    /// Notes why a slip could not be produced this time; it stays pending.
    public func noteSlipProblem(id: UUID, _ problem: String, at now: Date) throws(StationProblem) {
        try write { db in
            try db.execute(
                sql: "UPDATE slip SET last_error = ?, attempts = attempts + 1, updated = ? WHERE id = ? AND state = 'pending'",
                arguments: [problem, StoredTime.milliseconds(now), id.uuidString.lowercased()])
        }
    }

    // MARK: Reprinting

    /// Queues a copy of a requisition's latest slip (a torn or lost one), journalled as
    /// `slip.reprinted` with who asked, in one transaction.
    public func reprintSlip(requisition number: String, actorBadge: String, at now: Date) throws(StationProblem) -> QueuedSlip {
        try write { db in
            guard let latest = try SlipRecord.filter(sql: "requisition_number = ?", arguments: [number])
                .order(sql: "created DESC, rowid DESC").fetchOne(db)
            else {
                let known = try Self.fetchRequisition(db, number: number) != nil
                throw StationProblem(
                    .conflict,
                    known ? "Requisition \(number) has no pickup slip at this station: nothing was handed out against it here."
                        : "Requisition \(number) is not at this station.",
                    advice: known ? "A slip is made when the recipient confirms a pickup." : "Check the number on the slip or the requisition list.")
            }
            let original = try latest.queuedSlip()
            let first = original.reprintOf ?? original.id
            let queued = QueuedSlip(id: UUID(), slip: original.slip, reprintOf: first)
            let journalID = try appendJournal(
                db, kind: .slipReprinted, actor: actorBadge, time: now,
                payload: SlipReprintPayload(requisition: number, slip: queued.id, reprintOf: first))
            try SlipRecord(queued, journalID: journalID, at: now).insertPrepared(db)
            return queued
        }
    }

    // MARK: Inside a pickup

    /// Queues a pickup's slip inside the pickup's transaction. `picked` holds the items the
    /// pickup already read and changed; only the requisition's other lines are read here.
    static func queueSlip(
        _ db: Database, for commit: PickupCommit, requisition: Requisition, picked: [String: Item], journalID: String
    ) throws -> QueuedSlip {
        var items = picked
        for line in requisition.lines where items[line.itemCode] == nil {
            items[line.itemCode] = try fetchItem(db, code: line.itemCode)
        }
        // The recipient is usually the applicant: each person is read once.
        var people: [String: Person?] = [:]
        func person(_ badge: String) throws -> Person? {
            if let known = people[badge] { return known }
            let found = try fetchPerson(db, badge: badge)
            people[badge] = found
            return found
        }
        let slip = PickupSlip(
            recording: commit, requisition: requisition, items: items,
            applicant: try person(requisition.applicantBadge), keeper: try person(commit.keeperBadge),
            recipient: try person(commit.recipientBadge))
        var generator = SystemRandomNumberGenerator()
        let queued = QueuedSlip(id: UUIDv7.make(time: commit.time, using: &generator), slip: slip)
        try SlipRecord(queued, journalID: journalID, at: commit.time).insertPrepared(db)
        return queued
    }
}

/// The `slip.reprinted` event: which requisition's slip was printed again, and which slip it copies.
struct SlipReprintPayload: Encodable {
    var requisition: String
    var slip: UUID
    var reprintOf: UUID
}
