public import Foundation
public import QuartermasterCore

/// Where the station keeps jobs until CUPS has printed them: the station database in the
/// kiosk, a memory list in tests. The spooler only moves jobs along through these calls, so
/// the rules for "never lost, never twice" live in one place (`PrintSpooler`).
///
/// Every `mark…`/`retry…` call changes the job only if it is still in the state the call
/// expects, and says whether it did: two spoolers sharing a store never both send a job.
public protocol PrintJobStore: Sendable {
    /// The oldest pending job due at `now`, with its document; jobs for `skippingQueues` are
    /// passed over.
    func nextPendingJob(at now: Date, skippingQueues: Set<String>) throws(StationProblem) -> SpooledPrintJob?
    /// Jobs handed (or being handed) to CUPS and not yet finished; documents may be left out.
    func submittedJobs() throws(StationProblem) -> [SpooledPrintJob]
    /// How many jobs are pending or submitted.
    func backlogCount() throws(StationProblem) -> Int

    /// `pending` → `submitted` with no CUPS id yet; false if the job was not pending.
    func beginSubmission(_ id: UUID, at now: Date) throws(StationProblem) -> Bool
    /// Records the CUPS job id of a submitted job.
    func markSubmitted(_ id: UUID, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool
    /// CUPS printed it.
    func markCompleted(_ id: UUID, at now: Date) throws(StationProblem) -> Bool
    /// Given up on, with the reason for people.
    func markFailed(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool
    /// Cancelled by a person in CUPS.
    func markCancelled(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool
    /// Back to pending after a failed attempt, not to be tried before `notBefore`.
    func retry(_ id: UUID, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool
    /// Why the job waits (nil: it no longer does), without changing its state.
    func noteProblem(_ id: UUID, _ problem: String?, at now: Date) throws(StationProblem) -> Bool
}
