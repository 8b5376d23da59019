import Foundation
import QuartermasterCore
import Storage
import Testing

/// The durable print queue (`print_job`): jobs move only forward along their states, every
/// move is conditional, and the schema itself refuses rows that would lose or repeat a job.
@Suite("Print queue")
struct PrintQueueTests {
    let fixture: StationFixture
    init() throws { fixture = try StationFixture(seeded: false) }

    static let t0 = Date(timeIntervalSince1970: 1_709_301_600)
    static let pdf = Array("%PDF-1.4 slip".utf8)
    /// The claim token of the worker these tests play.
    static let owner = UUID()

    private var database: StationDatabase { fixture.database }

    private func enqueue(_ title: String = "Pickup slip YPQ-2024-001", queue: String = "slips", at time: Date = t0) throws -> PrintJobEntry {
        try database.enqueuePrintJob(
            queue: queue, format: "application/pdf", title: title, payload: Self.pdf, options: ["media": "A5"], at: time)
    }

    // MARK: Schema

    @Test func migrationIsAppended() throws {
        #expect(StationDatabase.knownMigrations.prefix(2) == ["v1", "v2-print-queue"])
        #expect(try database.appliedMigrations().contains("v2-print-queue"))
        #expect(StationDatabase.knownMigrations.contains("v3-print-claims"))
        #expect(try database.appliedMigrations().contains("v3-print-claims"))
    }

    @Test func enqueuedJobIsPendingWithItsBytes() throws {
        let job = try enqueue()
        let stored = try #require(try database.printJob(id: job.id))
        #expect(stored == job)
        #expect(stored.state == .pending)
        #expect(stored.payload == Self.pdf)
        #expect(stored.size == Self.pdf.count)
        #expect(stored.options == ["media": "A5"])
        #expect(stored.cupsJobID == nil)
        #expect(try database.printBacklogCount() == 1)
    }

    @Test func emptyDocumentsAndQueuesAreRefused() throws {
        #expect(throws: StationProblem.self) {
            try database.enqueuePrintJob(queue: "slips", format: "application/pdf", title: "x", payload: [], at: Self.t0)
        }
        #expect(throws: StationProblem.self) {
            try database.enqueuePrintJob(queue: "", format: "application/pdf", title: "x", payload: Self.pdf, at: Self.t0)
        }
        #expect(try database.printBacklogCount() == 0)
    }

    @Test(arguments: [
        "UPDATE print_job SET state = 'printed';",
        "UPDATE print_job SET state = 'completed';",  // completed needs a CUPS job id
        "UPDATE print_job SET payload = NULL;",  // a pending job must keep its bytes
        "UPDATE print_job SET state = 'failed';",  // failed needs a reason
        "UPDATE print_job SET cups_job_id = 0;",
        "UPDATE print_job SET cups_job_id = 7;",  // pending jobs have no CUPS job
        "UPDATE print_job SET attempts = -1;",
        "UPDATE print_job SET options = '[1]';",
        "UPDATE print_job SET format = 'pdf';",
        "UPDATE print_job SET updated = created - 1;",
        "UPDATE print_job SET id = upper(id);",
        "UPDATE print_job SET claim = 'someone';",  // a claim is a lowercase UUID
        "UPDATE print_job SET claim = upper('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');",
    ])
    func schemaRefusesImpossibleRows(sql: String) throws {
        let job = try enqueue()
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status != 0, "\(sql) was accepted")
        #expect(result.error.contains("constraint failed"), "\(result.error)")
        #expect(try database.printJob(id: job.id) == job)
    }

    // MARK: The life of a job

    @Test func jobGoesPendingSubmittedCompletedAndDropsItsBytes() throws {
        let job = try enqueue()
        #expect(try database.nextPendingPrintJob(at: Self.t0)?.id == job.id)
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try !database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0), "a job is claimed once")
        #expect(try database.nextPendingPrintJob(at: Self.t0) == nil)
        #expect(try database.submittedPrintJobs().map(\.id) == [job.id])
        #expect(try database.submittedPrintJobs().first?.cupsJobID == nil)

        #expect(try database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 42, at: Self.t0 + 1))
        #expect(try database.submittedPrintJobs().first?.cupsJobID == 42)
        #expect(try database.submittedPrintJobs().first?.payload == nil, "listings leave documents out")
        #expect(try database.printJob(id: job.id)?.payload == Self.pdf)

        #expect(try database.markPrintJobCompleted(id: job.id, at: Self.t0 + 5))
        #expect(try !database.markPrintJobCompleted(id: job.id, at: Self.t0 + 6), "completing twice changes nothing")
        let done = try #require(try database.printJob(id: job.id))
        #expect(done.state == .completed)
        #expect(done.payload == nil)
        #expect(done.size == Self.pdf.count)
        #expect(done.cupsJobID == 42)
        #expect(done.updated == Self.t0 + 5)
        #expect(try database.printBacklogCount() == 0)
        #expect(try database.recentPrintJobs(limit: 10).map(\.id) == [job.id])
    }

    @Test func completingNeedsACupsJob() throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try !database.markPrintJobCompleted(id: job.id, at: Self.t0))
        #expect(try database.printJob(id: job.id)?.state == .submitted)
    }

    @Test func retryWaitsItsTurnAndCountsAttempts() throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 9, at: Self.t0))
        #expect(try database.retryPrintJob(id: job.id, reason: "printer offline", notBefore: Self.t0 + 30, at: Self.t0 + 1))
        let retried = try #require(try database.printJob(id: job.id))
        #expect(retried.state == .pending)
        #expect(retried.cupsJobID == nil)
        #expect(retried.attempts == 1)
        #expect(retried.lastError == "printer offline")
        #expect(retried.payload == Self.pdf, "nothing is lost")
        #expect(try database.nextPendingPrintJob(at: Self.t0 + 29) == nil)
        #expect(try database.nextPendingPrintJob(at: Self.t0 + 30)?.id == job.id)
    }

    @Test func oldestDueJobFirstAndRefusingQueuesAreSkipped() throws {
        let first = try enqueue("one", queue: "labels", at: Self.t0)
        let second = try enqueue("two", queue: "slips", at: Self.t0 + 1)
        let third = try enqueue("three", queue: "labels", at: Self.t0 + 2)
        #expect(try database.nextPendingPrintJob(at: Self.t0 + 5)?.id == first.id)
        #expect(try database.nextPendingPrintJob(at: Self.t0 + 5, skippingQueues: ["labels"])?.id == second.id)
        #expect(try database.printBacklog().map(\.id) == [first.id, second.id, third.id])
        #expect(try database.printBacklog().allSatisfy { $0.payload == nil })
    }

    @Test func failedJobsKeepTheirBytesAndCanBeRequeued() throws {
        let job = try enqueue()
        #expect(try database.markPrintJobFailed(id: job.id, reason: "CUPS gave up", at: Self.t0 + 1))
        #expect(try database.printBacklogCount() == 0)
        let failed = try #require(try database.printJob(id: job.id))
        #expect(failed.state == .failed)
        #expect(failed.payload == Self.pdf)
        #expect(try database.requeuePrintJob(id: job.id, at: Self.t0 + 2))
        #expect(try database.nextPendingPrintJob(at: Self.t0 + 2)?.id == job.id)
    }

    @Test func cancelledJobsDropTheirBytes() throws {
        let job = try enqueue()
        #expect(try database.markPrintJobCancelled(id: job.id, reason: "cancelled in CUPS", at: Self.t0 + 1))
        let cancelled = try #require(try database.printJob(id: job.id))
        #expect(cancelled.state == .cancelled)
        #expect(cancelled.payload == nil)
        #expect(try !database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0 + 2))
        #expect(try !database.retryPrintJob(id: job.id, reason: "x", notBefore: Self.t0, at: Self.t0 + 2))
    }

    @Test func problemsAreNotedOnlyWhenTheyChange() throws {
        let job = try enqueue()
        #expect(try database.notePrintJobProblem(id: job.id, "Printer slips is stopped (paused)", at: Self.t0 + 1))
        #expect(try !database.notePrintJobProblem(id: job.id, "Printer slips is stopped (paused)", at: Self.t0 + 2))
        #expect(try database.printJob(id: job.id)?.updated == Self.t0 + 1)
        #expect(try database.notePrintJobProblem(id: job.id, nil, at: Self.t0 + 3))
        #expect(try database.printJob(id: job.id)?.lastError == nil)
    }

    @Test func twoStationProgramsCannotBothClaimAJob() throws {
        let job = try enqueue()
        let other = try StationDatabase(path: fixture.path, stationID: StationFixture.station)
        defer { try? other.close() }
        let claims = [try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0), try other.beginPrintSubmission(id: job.id, claim: UUID(), at: Self.t0)]
        #expect(claims == [true, false])
        #expect(try other.nextPendingPrintJob(at: Self.t0) == nil)
    }

    // MARK: Claims have owners

    @Test func onlyTheClaimsOwnerRecordsTheCupsJob() throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try database.printJob(id: job.id)?.claim == Self.owner)
        #expect(try !database.markPrintJobSubmitted(id: job.id, claim: UUID(), cupsJobID: 5, at: Self.t0 + 1),
                "another worker's token records nothing")
        #expect(try !database.markPrintJobSubmitted(id: job.id, claim: nil, cupsJobID: 5, at: Self.t0 + 1),
                "nor does no token")
        #expect(try database.printJob(id: job.id)?.cupsJobID == nil)
        #expect(try database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 5, at: Self.t0 + 1))
        #expect(try !database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 6, at: Self.t0 + 2),
                "an id, once recorded, is not replaced")
        #expect(try database.printJob(id: job.id)?.cupsJobID == 5)
    }

    @Test func aClaimTakenOverInvalidatesItsFirstOwnersCompletion() throws {
        // Worker A claims and hangs in CUPS past the orphan grace; worker B (another process,
        // its own connection) finds nothing in CUPS, gives the claim back under A's token, and
        // worker C claims the job and sends it.
        let job = try enqueue()
        let other = try StationDatabase(path: fixture.path, stationID: StationFixture.station)
        defer { try? other.close() }
        let (a, c) = (UUID(), UUID())
        #expect(try database.beginPrintSubmission(id: job.id, claim: a, at: Self.t0))
        let seen = try #require(try other.submittedPrintJobs().first)
        #expect(seen.claim == a)
        #expect(try other.releasePrintClaim(id: job.id, claim: seen.claim, reason: "cut short", notBefore: Self.t0 + 61, at: Self.t0 + 61))
        #expect(try !other.releasePrintClaim(id: job.id, claim: seen.claim, reason: "again", notBefore: Self.t0, at: Self.t0 + 62),
                "a claim is given back once")
        #expect(try other.beginPrintSubmission(id: job.id, claim: c, at: Self.t0 + 62))

        // A comes back with its CUPS job: it is not recorded, and not made the job's either.
        #expect(try !database.markPrintJobSubmitted(id: job.id, claim: a, cupsJobID: 11, at: Self.t0 + 63))
        #expect(try !database.markPrintJobSubmittedLate(id: job.id, cupsJobID: 11, at: Self.t0 + 63))
        #expect(try !database.releasePrintClaim(id: job.id, claim: a, reason: "A's send failed", notBefore: Self.t0, at: Self.t0 + 63))
        #expect(try other.markPrintJobSubmitted(id: job.id, claim: c, cupsJobID: 12, at: Self.t0 + 64))
        let stored = try #require(try database.printJob(id: job.id))
        #expect(stored.cupsJobID == 12)
        #expect(stored.claim == c)
    }

    @Test func aLateCopyBecomesTheJobsWhileNobodySentAnother() throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try database.releasePrintClaim(id: job.id, claim: Self.owner, reason: "cut short", notBefore: Self.t0, at: Self.t0 + 61))
        #expect(try database.printJob(id: job.id)?.claim == nil)
        #expect(try database.markPrintJobSubmittedLate(id: job.id, cupsJobID: 21, at: Self.t0 + 62))
        let stored = try #require(try database.printJob(id: job.id))
        #expect(stored.state == .submitted)
        #expect(stored.cupsJobID == 21)
        #expect(try !database.beginPrintSubmission(id: job.id, claim: UUID(), at: Self.t0 + 63), "not sent again")
    }

    @Test func aClaimLeftWithoutATokenIsTakenOverLikeAnyOrphan() throws {
        // A v2 station crashed mid-send: submitted, no CUPS id, no token.
        let job = try enqueue()
        #expect(try SQLiteShell.run("UPDATE print_job SET state = 'submitted';", on: fixture.path).status == 0)
        #expect(try database.printJob(id: job.id)?.claim == nil)
        #expect(try !database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 3, at: Self.t0 + 1))
        #expect(try database.markPrintJobSubmitted(id: job.id, claim: nil, cupsJobID: 3, at: Self.t0 + 1))
    }

    @Test(arguments: [PrintJobEntry.State.cancelled, .failed])
    func aClaimIsClosedOnlyUnderItsToken(as state: PrintJobEntry.State) throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try !database.closePrintClaim(id: job.id, claim: UUID(), as: state, cupsJobID: 8, reason: "x", at: Self.t0 + 1))
        #expect(try database.closePrintClaim(id: job.id, claim: Self.owner, as: state, cupsJobID: 8, reason: "cancelled in CUPS", at: Self.t0 + 1))
        let closed = try #require(try database.printJob(id: job.id))
        #expect(closed.state == state)
        #expect(closed.cupsJobID == 8)
        #expect(closed.lastError == "cancelled in CUPS")
        #expect((closed.payload == nil) == (state == .cancelled), "a failed job keeps its bytes for --retry")
        #expect(throws: StationProblem.self) {
            try database.closePrintClaim(id: job.id, claim: Self.owner, as: .completed, cupsJobID: 8, reason: "x", at: Self.t0 + 2)
        }
    }

    @Test func queueSurvivesARestart() throws {
        let job = try enqueue()
        #expect(try database.beginPrintSubmission(id: job.id, claim: Self.owner, at: Self.t0))
        #expect(try database.markPrintJobSubmitted(id: job.id, claim: Self.owner, cupsJobID: 17, at: Self.t0))
        try fixture.reopen()
        let again = try #require(try database.printJob(id: job.id))
        #expect(again.state == .submitted)
        #expect(again.cupsJobID == 17)
        #expect(again.payload == Self.pdf)
    }
}

extension Date {
    fileprivate static func + (date: Date, seconds: Int) -> Date { date.addingTimeInterval(TimeInterval(seconds)) }
}
