public import Foundation
public import QuartermasterCore

/// Where the station keeps jobs until CUPS has printed them: the station database (the
/// station's `PrintWorkerStore`, also what the spooler tests use). The spooler only moves jobs along through these calls, so
/// the rules for "never lost, never twice" live in one place (`PrintSpooler`).
///
/// Every call that changes a job changes it only if it is still in the state the call
/// expects (and, during a submission, still under the caller's claim), and says whether it
/// did: two spoolers sharing a store never both send a job.
public protocol PrintJobStore: Sendable {
    /// The oldest pending job due at `now`, with its document; jobs for `skippingQueues` are
    /// passed over.
    func nextPendingJob(at now: Date, skippingQueues: Set<String>) throws(StationProblem) -> SpooledPrintJob?
    /// Jobs handed (or being handed) to CUPS and not yet finished; documents may be left out.
    func submittedJobs() throws(StationProblem) -> [SpooledPrintJob]
    /// How many jobs are pending or submitted.
    func backlogCount() throws(StationProblem) -> Int

    /// The job as stored now (document left out), or nil if there is none with this id.
    func job(_ id: UUID) throws(StationProblem) -> SpooledPrintJob?

    // MARK: The submission claim

    /// `pending` → `submitted` with no CUPS id yet, owned by `claim` (random, one per claim);
    /// false if the job was not pending.
    func beginSubmission(_ id: UUID, claim: UUID, at now: Date) throws(StationProblem) -> Bool
    /// Records the CUPS job id of a job submitted under `claim` (nil: a claim without a token,
    /// left by an older version); false if that claim no longer holds the job, e.g. another
    /// process took it over after the orphan grace.
    func markSubmitted(_ id: UUID, claim: UUID?, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool
    /// A job put back to pending while its first owner was still sending: records that
    /// owner's CUPS job as the job's; false if the job is not pending.
    func markSubmittedLate(_ id: UUID, cupsJobID: Int, at now: Date) throws(StationProblem) -> Bool
    /// Gives a claim without a CUPS id back: pending again, not before `notBefore`; false if
    /// `claim` no longer holds the job.
    func releaseClaim(_ id: UUID, claim: UUID?, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool
    /// Ends a claim without a CUPS id because its job `cupsJobID` was cancelled in CUPS; false
    /// if `claim` no longer holds the job.
    func cancelClaim(_ id: UUID, claim: UUID?, cupsJobID: Int, reason: String, at now: Date) throws(StationProblem) -> Bool
    /// Ends a claim without a CUPS id because CUPS gave up on its job `cupsJobID` (bytes kept
    /// for a reprint); false if `claim` no longer holds the job.
    func failClaim(_ id: UUID, claim: UUID?, cupsJobID: Int, reason: String, at now: Date) throws(StationProblem) -> Bool

    // MARK: Following a job CUPS has

    /// CUPS printed it.
    func markCompleted(_ id: UUID, at now: Date) throws(StationProblem) -> Bool
    /// Given up on, with the reason for people.
    func markFailed(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool
    /// Cancelled by a person in CUPS.
    func markCancelled(_ id: UUID, reason: String, at now: Date) throws(StationProblem) -> Bool
    /// Back to pending after CUPS aborted it, not to be tried before `notBefore`.
    func retry(_ id: UUID, reason: String, notBefore: Date, at now: Date) throws(StationProblem) -> Bool
    /// Why the job waits (nil: it no longer does), without changing its state.
    func noteProblem(_ id: UUID, _ problem: String?, at now: Date) throws(StationProblem) -> Bool
}
