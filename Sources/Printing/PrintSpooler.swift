public import Foundation
internal import QuartermasterCore
internal import Synchronization

/// Moves the station's print jobs from its store to CUPS and follows each to its end, so a
/// slip or a label batch is printed exactly once even when the printer is offline for an
/// hour or the station restarts in the middle.
///
/// The rules, in one place:
/// - A job is claimed (`pending` → `submitted`, no CUPS id) under a fresh owner token before
///   it is sent, and its CUPS job name carries the station's job id. A claim older than the
///   grace time with no CUPS id was cut short by a crash (or its owner hangs): the spooler
///   looks the name up among the queue's jobs and, under that claim's token, adopts the job
///   it finds, or sends it again if CUPS never got it. Should the first owner come back with
///   a CUPS job after all, its token no longer records it: it cancels its copy (or, if the
///   job was put back to pending and not sent again yet, makes its copy the job's).
/// - A job found in CUPS as cancelled is not sent again (a person decided); one found
///   aborted is marked failed with the bytes kept (`quartermaster printers --retry`).
/// - Every CUPS call is bounded in time (`PrintServer.connectTimeout` and `ioTimeout`).
/// - A submitted job is polled until CUPS reports it completed (done), cancelled (a person
///   decided: done), or aborted (sent again a few times, then failed with the bytes kept).
/// - A job that never reached CUPS (server down, queue refusing) waits with growing delays
///   and is never dropped: it cannot have printed, so waiting cannot make a second copy.
///
/// libcups and the store block, so passes run on the spooler's own dispatch queue, never on
/// the cooperative pool; each CUPS call opens its own connection (see `PrintServer`).
public final class PrintSpooler<Store: PrintJobStore>: Sendable {
    // MARK: Parts

    public let server: PrintServer
    public let store: Store
    public let policy: PrintRetryPolicy
    private let clock: @Sendable () -> Date
    private let work = DispatchQueue(label: "quartermaster.print-spooler")
    private let latest = Mutex(PrintSpoolerStatus())
    /// Why each job that could not be sent waits: passes while it waits do not try it, and the
    /// status line keeps saying why until it is sent (or no longer pending).
    private let waiting = Mutex([UUID: String]())

    /// - Parameter clock: the time jobs are stamped with; injected so tests can move it.
    public init(
        server: PrintServer, store: Store, policy: PrintRetryPolicy = PrintRetryPolicy(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.server = server
        self.store = store
        self.policy = policy
        self.clock = clock
    }

    /// The outcome of the last pass: what the kiosk's status line shows.
    public var status: PrintSpoolerStatus { latest.withLock { $0 } }

    // MARK: Running

    /// Runs passes every `interval` until the task is cancelled.
    public func run(every interval: Duration = .seconds(1)) async {
        while !Task.isCancelled {
            await passOffThePool()
            try? await Task.sleep(for: interval)
        }
    }

    /// Runs passes until `finished` says so or `timeout` passes; returns the last status.
    /// The CLI uses it to wait for its own job, and the script kiosk to empty the backlog.
    @discardableResult
    public func drain(
        timeout: Duration, every interval: Duration = .milliseconds(250),
        until finished: @Sendable (PrintSpoolerStatus) -> Bool = { $0.backlog == 0 }
    ) async -> PrintSpoolerStatus {
        let deadline = ContinuousClock.now + timeout
        while true {
            let status = await passOffThePool()
            if finished(status) || ContinuousClock.now >= deadline || Task.isCancelled { return status }
            try? await Task.sleep(for: interval)
        }
    }

    /// One pass on the spooler's dispatch queue.
    @discardableResult
    public func passOffThePool() async -> PrintSpoolerStatus {
        await withCheckedContinuation { continuation in
            work.async { continuation.resume(returning: self.pass()) }
        }
    }

    // MARK: One pass

    /// Follows every submitted job, then sends what is due; blocks. Call it from one thread
    /// at a time (`run` and `drain` do).
    @discardableResult
    public func pass() -> PrintSpoolerStatus {
        var problems: [String] = []
        var queues = PrintQueueProblems(server: server)
        do {
            for job in try store.submittedJobs() {
                if let problem = follow(job, queues: &queues) { problems.append(problem) }
            }
        } catch {
            problems.append(error.description)
        }

        var skipping: Set<String> = []
        var seen: Set<UUID> = []
        while true {
            let next: SpooledPrintJob?
            do {
                next = try store.nextPendingJob(at: clock(), skippingQueues: skipping)
            } catch {
                problems.append(error.description)
                break
            }
            guard let job = next, seen.insert(job.id).inserted else { break }
            let problem = send(job)
            waiting.withLock { $0[job.id] = problem }
            if let problem {
                problems.append(problem)
                skipping.insert(job.queue)  // keep the queue's order: later jobs wait their turn
            }
        }
        // Jobs waiting out their delay after a failed attempt: still unsent, for that reason.
        for (id, reason) in waiting.withLock({ $0 }) where !seen.contains(id) {
            if let job = try? store.job(id), job.stage == .pending {
                problems.append(reason)
            } else {
                waiting.withLock { $0[id] = nil }
            }
        }

        let previous = status
        var backlog = previous.backlog
        do { backlog = try store.backlogCount() } catch { problems.append(error.description) }
        var seenProblems: Set<String> = []
        let distinct = problems.filter { seenProblems.insert($0).inserted }
        let status = PrintSpoolerStatus(
            backlog: backlog, problem: distinct.isEmpty ? nil : distinct.joined(separator: " "), checked: clock())
        latest.withLock { $0 = status }
        return status
    }

    // MARK: Sending

    /// Claims and sends one pending job; returns the problem if it could not be sent.
    private func send(_ job: SpooledPrintJob) -> String? {
        let now = clock()
        do {
            guard let document = job.document else {
                _ = try store.markFailed(job.id, reason: "The stored job \"\(job.title)\" has no document to send.", at: now)
                return nil
            }
            let claim = UUID()
            guard try store.beginSubmission(job.id, claim: claim, at: now) else { return nil }  // another spooler has it
            let cupsJobID: Int
            do {
                cupsJobID = try server.submit(
                    document, format: job.format, title: job.cupsJobName, documentName: job.documentName,
                    to: job.queue, options: job.options)
            } catch {
                if let uncertain = error.uncertainJobID {
                    // CUPS has a half-sent job it would not cancel: follow it, do not send again.
                    guard try store.markSubmitted(job.id, claim: claim, cupsJobID: uncertain, at: clock()) else {
                        return settleLateCopy(job, cupsJobID: uncertain)
                    }
                    _ = try store.noteProblem(job.id, error.description, at: clock())
                    return error.description
                }
                // Nothing reached CUPS (submit cancelled a half-sent job): wait and send again.
                let reason = error.description
                let later = now.adding(policy.delay(afterAttempts: job.attempts))
                _ = try store.releaseClaim(job.id, claim: claim, reason: reason, notBefore: later, at: clock())
                return reason
            }
            // Should this write fail, the job stays claimed without an id, and the orphan
            // check finds it in CUPS by name: still one copy.
            guard try store.markSubmitted(job.id, claim: claim, cupsJobID: cupsJobID, at: clock()) else {
                return settleLateCopy(job, cupsJobID: cupsJobID)
            }
            return nil
        } catch {
            return error.description
        }
    }

    /// This spooler sent `cupsJobID` but lost its claim meanwhile (it took longer than the
    /// orphan grace, and another process took the claim over). Keeps one copy: if the job was
    /// put back to pending, ours becomes the job's; if the taker adopted ours, nothing to do;
    /// otherwise someone else sends (or sent) the job, or a person ended it, and ours is
    /// cancelled. Returns the problem when CUPS would not cancel it.
    private func settleLateCopy(_ job: SpooledPrintJob, cupsJobID: Int) -> String? {
        do {
            if try store.markSubmittedLate(job.id, cupsJobID: cupsJobID, at: clock()) { return nil }
            if try store.job(job.id)?.cupsJobID == cupsJobID { return nil }
        } catch {
            return error.description
        }
        guard server.cancel(cupsJobID, on: job.queue) else {
            let problem = """
                CUPS job \(cupsJobID) ("\(job.title)" on \(job.queue)) was sent by a print worker that had lost \
                its claim, and CUPS would not cancel it: a second copy may print.
                """
            _ = try? store.noteProblem(job.id, problem, at: clock())
            return problem
        }
        return nil
    }

    // MARK: Following

    /// Polls one submitted job and records its end; returns why it waits, if it does.
    private func follow(_ job: SpooledPrintJob, queues: inout PrintQueueProblems) -> String? {
        guard let cupsJobID = job.cupsJobID else { return adoptOrResend(job) }
        let now = clock()
        do {
            let cups: PrintJob
            do {
                cups = try server.job(cupsJobID)
            } catch where error == .jobNotFound(cupsJobID) {
                // CUPS forgot the job (its history was purged or its state lost). It may have
                // printed: sending it again could make a second copy, so a person decides.
                _ = try store.markFailed(job.id, reason: """
                    The print server no longer knows job \(cupsJobID) ("\(job.title)" on \(job.queue)), so the \
                    station cannot tell whether it printed. Check the printer; print it again if it is missing.
                    """, at: now)
                return nil
            } catch {
                return error.description  // server unreachable: ask again next pass
            }
            switch cups.state {
            case .completed:
                _ = try store.markCompleted(job.id, at: now)
                return nil
            case .canceled:
                _ = try store.markCancelled(job.id, reason: "Cancelled in CUPS (job \(cupsJobID)).", at: now)
                return nil
            case .aborted:
                let detail = cups.message.map { ": \($0)" } ?? ""
                let reason = "CUPS gave up on job \(cupsJobID) (\"\(job.title)\" on \(job.queue))\(detail)."
                if job.attempts + 1 >= policy.abortedAttempts {
                    _ = try store.markFailed(job.id, reason: reason + " Print it again once the printer works.", at: now)
                } else {
                    _ = try store.retry(
                        job.id, reason: reason + " Sending it again.",
                        notBefore: now.adding(policy.delay(afterAttempts: job.attempts)), at: now)
                }
                return reason
            case .pending, .held, .processing, .stopped:
                let problem = queues.problem(for: cups, queue: job.queue)
                _ = try store.noteProblem(job.id, problem, at: now)
                return problem
            }
        } catch {
            return error.description
        }
    }

    /// A claim without a CUPS id: leave it while its spooler may still be sending; once it is
    /// older than the grace time, settle it under its own token (so its owner, should it come
    /// back, can no longer record a copy): adopt the live CUPS job carrying its name; leave a
    /// job a person cancelled in CUPS cancelled, and one CUPS aborted failed, both with the
    /// reason; send it again only if CUPS never got it.
    private func adoptOrResend(_ job: SpooledPrintJob) -> String? {
        let now = clock()
        guard now.timeIntervalSince(job.updated) >= policy.orphanGrace.seconds else { return nil }
        let prefix = SpooledPrintJob.namePrefix(job.id)
        let named: [PrintJob]
        do {
            named = try server.jobs(on: job.queue).filter { $0.name?.hasPrefix(prefix) == true }
        } catch where error == .queueNotFound(job.queue) {
            named = []
        } catch {
            return error.description  // cannot ask: do not guess
        }
        let station = job.id.uuidString.prefix(8).lowercased()
        do {
            if let live = named.last(where: { $0.state != .canceled && $0.state != .aborted }) {
                _ = try store.markSubmitted(job.id, claim: job.claim, cupsJobID: live.id, at: now)
            } else if let ended = named.last, ended.state == .canceled {
                _ = try store.cancelClaim(job.id, claim: job.claim, cupsJobID: ended.id, reason: """
                    Cancelled in CUPS (job \(ended.id)) before the station recorded it; not sent again \
                    (`quartermaster printers --all` lists it).
                    """, at: now)
            } else if let ended = named.last {
                _ = try store.failClaim(job.id, claim: job.claim, cupsJobID: ended.id, reason: """
                    CUPS gave up on job \(ended.id) ("\(job.title)" on \(job.queue)) before the station recorded it, \
                    so it is not sent again on a guess. Send it again with \
                    `quartermaster printers --retry \(station)` once the printer works.
                    """, at: now)
            } else {
                _ = try store.releaseClaim(
                    job.id, claim: job.claim, reason: "Sending \"\(job.title)\" was cut short; it is sent again.",
                    notBefore: now, at: now)
            }
            return nil
        } catch {
            return error.description
        }
    }
}

// MARK: - Time helpers

extension Date {
    fileprivate func adding(_ duration: Duration) -> Date {
        addingTimeInterval(duration.seconds)
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
