public import Foundation
public import Printing
public import QuartermasterCore
public import Storage

/// The station database as the spooler's job store: the adapter between `Storage` and
/// `Printing`, which never import each other, so it lives in the station, which joins them.
public struct PrintWorkerStore: PrintJobStore {
    public let database: StationDatabase

    public init(database: StationDatabase) {
        self.database = database
    }

    public func nextPendingJob(at now: Date, skippingQueues: Set<String>) throws(StationProblem) -> SpooledPrintJob? {
        try database.nextPendingPrintJob(at: now, skippingQueues: skippingQueues).map(Self.spooled)
    }

    public func submittedJobs() throws(StationProblem) -> [SpooledPrintJob] {
        try database.submittedPrintJobs().map(Self.spooled)
    }

    public func backlogCount() throws(StationProblem) -> Int {
        try database.printBacklogCount()
    }

    public func job(_ id: UUID) throws(StationProblem) -> SpooledPrintJob? {
        try database.printJob(id: id).map(Self.spooled).map { job in
            var summary = job
            summary.document = nil
            return summary
        }
    }

    public func beginSubmission(_ id: UUID, claim: UUID, at now: Date) throws(StationProblem) -> Bool {
        try database.beginPrintSubmission(id: id, claim: claim, at: now)
    }

    public func markSubmitted(_ id: UUID, claim: UUID?, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool {
        try database.markPrintJobSubmitted(id: id, claim: claim, cupsJobID: cupsJobID, at: now)
    }

    public func markSubmittedLate(_ id: UUID, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool {
        try database.markPrintJobSubmittedLate(id: id, cupsJobID: cupsJobID, at: now)
    }

    public func releaseClaim(_ id: UUID, claim: UUID?, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool {
        try database.releasePrintClaim(id: id, claim: claim, reason: reason, notBefore: notBefore, at: now)
    }

    public func cancelClaim(_ id: UUID, claim: UUID?, cupsJobID: Int, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try database.closePrintClaim(id: id, claim: claim, as: .cancelled, cupsJobID: cupsJobID, reason: reason, at: now)
    }

    public func failClaim(_ id: UUID, claim: UUID?, cupsJobID: Int, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try database.closePrintClaim(id: id, claim: claim, as: .failed, cupsJobID: cupsJobID, reason: reason, at: now)
    }

    public func markCompleted(_ id: UUID, at now: Date) throws(StationProblem) -> Bool {
        try database.markPrintJobCompleted(id: id, at: now)
    }

    public func markFailed(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try database.markPrintJobFailed(id: id, reason: reason, at: now)
    }

    public func markCancelled(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try database.markPrintJobCancelled(id: id, reason: reason, at: now)
    }

    public func retry(_ id: UUID, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool {
        try database.retryPrintJob(id: id, reason: reason, notBefore: notBefore, at: now)
    }

    public func noteProblem(_ id: UUID, _ problem: String?, at now: Date) throws(StationProblem) -> Bool {
        try database.notePrintJobProblem(id: id, problem, at: now)
    }

    /// A stored entry as the spooler sees it; only backlog entries reach the spooler.
    public static func spooled(_ entry: PrintJobEntry) -> SpooledPrintJob {
        SpooledPrintJob(
            id: entry.id, queue: entry.queue, format: PrintDocumentFormat(rawValue: entry.format), title: entry.title,
            options: entry.options, document: entry.payload, stage: entry.state == .pending ? .pending : .submitted,
            cupsJobID: entry.cupsJobID, claim: entry.claim, attempts: entry.attempts, updated: entry.updated)
    }
}
