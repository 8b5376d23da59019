import Foundation
import Printing
import QuartermasterCore
import Synchronization

/// The station's print queue kept in memory, with the same conditional moves as the database
/// (`StationDatabase+PrintQueue`), so the spooler's rules can be tested against a real cupsd
/// without a database file.
final class MemoryPrintJobStore: PrintJobStore {
    /// A job with the fields the database keeps.
    struct Row: Sendable {
        var job: SpooledPrintJob
        var state: String
        var lastError: String?
        var notBefore: Date
    }

    private let rows = Mutex<[Row]>([])

    // MARK: Test helpers

    /// Adds a pending job due now.
    @discardableResult
    func enqueue(_ document: [UInt8], format: PrintDocumentFormat, title: String, queue: String, at now: Date) -> UUID {
        let job = SpooledPrintJob(
            id: UUID(), queue: queue, format: format, title: title, document: document, stage: .pending, updated: now)
        rows.withLock { $0.append(Row(job: job, state: "pending", notBefore: now)) }
        return job.id
    }

    /// Puts a row in any state, as a station that stopped half way would have left it.
    func insert(_ row: Row) {
        rows.withLock { $0.append(row) }
    }

    func row(_ id: UUID) -> Row? {
        rows.withLock { rows in rows.first { $0.job.id == id } }
    }

    // MARK: PrintJobStore

    func nextPendingJob(at now: Date, skippingQueues: Set<String>) throws(StationProblem) -> SpooledPrintJob? {
        rows.withLock { rows in
            rows.first { $0.state == "pending" && $0.notBefore <= now && !skippingQueues.contains($0.job.queue) }?.job
        }
    }

    func submittedJobs() throws(StationProblem) -> [SpooledPrintJob] {
        rows.withLock { rows in rows.filter { $0.state == "submitted" }.map(\.job) }
    }

    func backlogCount() throws(StationProblem) -> Int {
        rows.withLock { rows in rows.count { $0.state == "pending" || $0.state == "submitted" } }
    }

    func beginSubmission(_ id: UUID, at now: Date) throws(StationProblem) -> Bool {
        move(id, from: ["pending"], at: now) { row in
            row.state = "submitted"
            row.job.stage = .submitted
            row.job.cupsJobID = nil
        }
    }

    func markSubmitted(_ id: UUID, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool {
        move(id, from: ["submitted"], at: now) { row in
            row.job.cupsJobID = cupsJobID
            row.lastError = nil
        }
    }

    func markCompleted(_ id: UUID, at now: Date) throws(StationProblem) -> Bool {
        guard row(id)?.job.cupsJobID != nil else { return false }
        return move(id, from: ["submitted"], at: now) { row in
            row.state = "completed"
            row.job.document = nil
        }
    }

    func markFailed(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        move(id, from: ["pending", "submitted"], at: now) { row in
            row.state = "failed"
            row.lastError = reason
        }
    }

    func markCancelled(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        move(id, from: ["pending", "submitted", "failed"], at: now) { row in
            row.state = "cancelled"
            row.lastError = reason
            row.job.document = nil
        }
    }

    func retry(_ id: UUID, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool {
        move(id, from: ["pending", "submitted"], at: now) { row in
            row.state = "pending"
            row.job.stage = .pending
            row.job.cupsJobID = nil
            row.job.attempts += 1
            row.lastError = reason
            row.notBefore = max(notBefore, now)
        }
    }

    func noteProblem(_ id: UUID, _ problem: String?, at now: Date) throws(StationProblem) -> Bool {
        guard row(id)?.lastError != problem else { return false }
        return move(id, from: ["pending", "submitted"], at: now) { $0.lastError = problem }
    }

    private func move(_ id: UUID, from states: Set<String>, at now: Date, _ change: (inout Row) -> Void) -> Bool {
        rows.withLock { rows in
            guard let index = rows.firstIndex(where: { $0.job.id == id }), states.contains(rows[index].state) else {
                return false
            }
            change(&rows[index])
            rows[index].job.updated = max(rows[index].job.updated, now)
            return true
        }
    }
}
