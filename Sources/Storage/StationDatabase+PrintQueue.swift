public import Foundation
public import QuartermasterCore
internal import GRDB

/// The station's durable print queue (`print_job`, migration `v2-print-queue`).
///
/// Every state change is one conditional UPDATE (`… WHERE state = expected`) that reports
/// whether it happened, so two workers (the kiosk's and a `label print` run) racing for the
/// same job cannot both send it: only the one whose update changed the row goes on.
///
/// A submission claim has an owner (`claim`, a random token per claim, migration
/// v3-print-claims). Recording the CUPS job id, giving the claim back and closing it all
/// present the token, so a worker whose claim was taken over after the orphan grace (it hung
/// in a CUPS call, or was stopped) cannot record its late copy over another worker's.
extension StationDatabase {
    // MARK: Enqueueing

    /// Keeps a rendered document until CUPS has printed it; returns the stored entry.
    ///
    /// - Parameters:
    ///   - format: the document's MIME type ("application/pdf", "application/vnd.cups-raw").
    ///   - options: IPP job options as `lp -o` takes them (`media`, `copies`).
    ///   - id: the job's id; a fresh random UUID unless a caller needs to know it in advance.
    @discardableResult
    public func enqueuePrintJob(
        queue: String, format: String, title: String, payload: [UInt8], options: [String: String] = [:],
        id: UUID = UUID(), at now: Date
    ) throws(StationProblem) -> PrintJobEntry {
        guard !queue.isEmpty else {
            throw StationProblem(.invalidInput, "No printer queue was named for \"\(title)\".",
                                 advice: "Name the queue (see `quartermaster printers`).")
        }
        guard !payload.isEmpty else {
            throw StationProblem(.invalidInput, "\"\(title)\" rendered to an empty document; nothing was queued.",
                                 advice: "Check the template and its fields, then print again.")
        }
        let entry = PrintJobEntry(
            id: id, queue: queue, format: format, title: title, options: options, payload: payload,
            size: payload.count, state: .pending, created: now, updated: now, notBefore: now)
        try write { db in try PrintJobRecord(entry).insert(db) }
        return entry
    }

    // MARK: Reading

    /// One job with its payload, or nil if there is none with this id.
    public func printJob(id: UUID) throws(StationProblem) -> PrintJobEntry? {
        try read { db in try PrintJobRecord.fetchOne(db, key: Self.key(id))?.entry() }
    }

    /// The oldest pending job whose retry time has come, with its payload; jobs for
    /// `skippingQueues` are passed over (a queue that just refused a job keeps its order).
    public func nextPendingPrintJob(at now: Date, skippingQueues: Set<String> = []) throws(StationProblem) -> PrintJobEntry? {
        try read { db in
            var request = PrintJobRecord
                .filter(sql: "state = 'pending' AND not_before <= ?", arguments: [StoredTime.milliseconds(now)])
            if !skippingQueues.isEmpty {
                request = request.filter(!skippingQueues.sorted().contains(Column("queue")))
            }
            return try request.order(sql: "created, id").fetchOne(db)?.entry()
        }
    }

    /// Jobs CUPS has (or may have) and has not finished: what a worker follows. No payloads.
    public func submittedPrintJobs() throws(StationProblem) -> [PrintJobEntry] {
        try summaries(sql: "state = 'submitted'")
    }

    /// Everything not yet printed (pending and submitted), oldest first, without payloads.
    public func printBacklog() throws(StationProblem) -> [PrintJobEntry] {
        try summaries(sql: "state IN ('pending', 'submitted')")
    }

    /// How many jobs are not yet printed.
    public func printBacklogCount() throws(StationProblem) -> Int {
        try read { db in try PrintJobRecord.filter(sql: "state IN ('pending', 'submitted')").fetchCount(db) }
    }

    /// How many jobs are in each state (pending, submitted, completed, failed, cancelled): the station's
    /// `quartermaster_print_jobs` gauge. States with no job are absent.
    public func printJobCountsByState() throws(StationProblem) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM print_job GROUP BY state")
            return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) in (row["state"] as String, row["n"] as Int) })
        }
    }

    /// The most recent jobs in any state, newest first, without payloads (for `printers`).
    public func recentPrintJobs(limit: Int) throws(StationProblem) -> [PrintJobEntry] {
        try read { db in
            try PrintJobRecord.select(PrintJobRecord.summaryColumns)
                .order(sql: "created DESC, id DESC").limit(limit)
                .fetchAll(db).map { try $0.entry() }
        }
    }

    private func summaries(sql: String) throws(StationProblem) -> [PrintJobEntry] {
        try read { db in
            try PrintJobRecord.select(PrintJobRecord.summaryColumns)
                .filter(sql: sql).order(sql: "created, id")
                .fetchAll(db).map { try $0.entry() }
        }
    }

    // MARK: Moving a job along

    /// Claims a pending job for sending: `pending` → `submitted` without a CUPS id, owned by
    /// `claim` (a fresh random token for each claim). False when the job is no longer pending
    /// (another worker took it, or it was cancelled).
    public func beginPrintSubmission(id: UUID, claim: UUID, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending"], at: now, set: "state = 'submitted', cups_job_id = NULL, claim = ?",
                   [Self.key(claim)])
    }

    /// Records the CUPS job id of a job being (or found to have been) submitted, under the
    /// claim `claim` (nil: a claim left without a token by an older version). False when that
    /// claim no longer holds the job: it was taken over, given back, or already has an id.
    public func markPrintJobSubmitted(id: UUID, claim: UUID?, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["submitted"], at: now, set: "cups_job_id = ?, last_error = NULL", [cupsJobID],
                   extraCondition: "cups_job_id IS NULL AND claim IS ?", [claim.map(Self.key)])
    }

    /// A worker's claim was taken over and the job put back to pending (nobody found it in
    /// CUPS yet) when the worker's own CUPS job arrived: that job becomes the job's, so it is
    /// followed and not sent a second time. False unless the job is pending.
    public func markPrintJobSubmittedLate(id: UUID, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending"], at: now,
                   set: "state = 'submitted', cups_job_id = ?, claim = NULL, last_error = NULL", [cupsJobID])
    }

    /// Gives a claim without a CUPS id back: `submitted` → `pending`, to be tried again no
    /// earlier than `notBefore` (the send failed, or an orphaned claim never reached CUPS).
    /// False when `claim` no longer holds the job.
    public func releasePrintClaim(
        id: UUID, claim: UUID?, reason: String, notBefore: Date, at now: Date
    ) throws(StationProblem) -> Bool {
        try update(id, from: ["submitted"], at: now,
                   set: "state = 'pending', claim = NULL, attempts = attempts + 1, last_error = ?, not_before = ?",
                   [reason, StoredTime.milliseconds(max(notBefore, now))],
                   extraCondition: "cups_job_id IS NULL AND claim IS ?", [claim.map(Self.key)])
    }

    /// Ends a claim without a CUPS id because of what CUPS says of the job it had: `cancelled`
    /// (a person cancelled it there; bytes dropped) or `failed` (CUPS gave up on it; bytes kept
    /// for `requeuePrintJob`). False when `claim` no longer holds the job.
    public func closePrintClaim(
        id: UUID, claim: UUID?, as state: PrintJobEntry.State, cupsJobID: Int, reason: String, at now: Date
    ) throws(StationProblem) -> Bool {
        let assignments: String
        switch state {
        case .cancelled: assignments = "state = 'cancelled', cups_job_id = ?, payload = NULL, last_error = ?"
        case .failed: assignments = "state = 'failed', cups_job_id = ?, last_error = ?"
        case .pending, .submitted, .completed:
            throw StationProblem(.invalidInput, "A print claim can only be closed as cancelled or failed, not \(state).",
                                 advice: "This is a bug in the print spooler; tell the developers.")
        }
        return try update(id, from: ["submitted"], at: now, set: assignments, [cupsJobID, reason],
                          extraCondition: "cups_job_id IS NULL AND claim IS ?", [claim.map(Self.key)])
    }

    /// CUPS reports the job printed: its bytes are dropped, the row stays as history.
    public func markPrintJobCompleted(id: UUID, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["submitted"], at: now, set: "state = 'completed', payload = NULL, last_error = NULL",
                   extraCondition: "cups_job_id IS NOT NULL")
    }

    /// Gives up on a job; the bytes stay so it can be sent again (`requeuePrintJob`).
    public func markPrintJobFailed(id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending", "submitted"], at: now, set: "state = 'failed', last_error = ?", [reason])
    }

    /// A person cancelled the job (at the station or in CUPS); its bytes are dropped.
    public func markPrintJobCancelled(id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending", "submitted", "failed"], at: now,
                   set: "state = 'cancelled', payload = NULL, last_error = ?", [reason])
    }

    /// Puts a job back to pending after a failed attempt (printer unreachable, queue refused
    /// it, CUPS aborted it), to be tried again no earlier than `notBefore`.
    public func retryPrintJob(id: UUID, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending", "submitted"], at: now,
                   set: "state = 'pending', cups_job_id = NULL, claim = NULL, attempts = attempts + 1, last_error = ?, not_before = ?",
                   [reason, StoredTime.milliseconds(max(notBefore, now))])
    }

    /// Records why a job is waiting (queue stopped, printer offline) without changing its
    /// state; nil clears it. Only writes when the text changes, so polling stays cheap.
    public func notePrintJobProblem(id: UUID, _ problem: String?, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["pending", "submitted"], at: now, set: "last_error = ?", [problem],
                   extraCondition: "last_error IS NOT ?", [problem])
    }

    /// Sends a failed job again (an admin's reprint): `failed` → `pending`, due now.
    public func requeuePrintJob(id: UUID, at now: Date) throws(StationProblem) -> Bool {
        try update(id, from: ["failed"], at: now,
                   set: "state = 'pending', cups_job_id = NULL, claim = NULL, not_before = ?", [StoredTime.milliseconds(now)])
    }

    // MARK: Helpers

    private static func key(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// One conditional UPDATE; true when it changed the row.
    private func update(
        _ id: UUID, from states: [String], at now: Date, set assignments: String, _ values: [(any DatabaseValueConvertible)?] = [],
        extraCondition: String? = nil, _ conditionValues: [(any DatabaseValueConvertible)?] = []
    ) throws(StationProblem) -> Bool {
        let stateList = states.map { "'\($0)'" }.joined(separator: ", ")
        let condition = "id = ? AND state IN (\(stateList))" + (extraCondition.map { " AND \($0)" } ?? "")
        let sql = "UPDATE print_job SET \(assignments), updated = max(updated, ?) WHERE \(condition)"
        var arguments = StatementArguments(values)
        arguments += [StoredTime.milliseconds(now), Self.key(id)]
        arguments += StatementArguments(conditionValues)
        return try write { db in
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount > 0
        }
    }
}
