internal import Foundation
internal import Storage
internal import Synchronization

/// The sync client inside the station: passes of `SyncRun` one after another, every `interval`
/// while all goes well and with backoff and jitter while it does not, until cancelled. It reads
/// the journal through the database's readers and writes one transaction at a time (a mark the
/// centre's answer moved, a page of reference changes), so a scan at the counter, whose look-up
/// and commit use the writer, waits at most for one of those, never for a push's reading or the
/// network; it resumes from the stored mark after a restart.
public final class SyncClient: Sendable {
    public let run: SyncRun
    /// The wait between passes once everything is acknowledged.
    public let interval: Duration
    let backoffPolicy: SyncBackoff
    private let current: Mutex<SyncStatus>
    /// The sleeping pass's continuation, or a nudge that came while none slept (taken by the
    /// next sleep, so a nudge is never lost).
    private let wake: Mutex<(sleeper: CheckedContinuation<Void, Never>?, pending: Bool)> = Mutex((nil, false))
    /// Told after each change of `status` (the kiosk redraws the line it shows it on).
    private let observer: Mutex<(@Sendable () -> Void)?> = Mutex(nil)

    public init(run: SyncRun, interval: Duration = .seconds(15), backoff: SyncBackoff = SyncBackoff()) {
        self.run = run
        self.interval = interval
        self.backoffPolicy = backoff
        let backlog = try? run.database.syncBacklog()
        current = Mutex(SyncStatus(state: .idle, backlog: backlog?.count ?? 0, oldestUnsent: backlog?.oldest))
    }

    /// The state for the status line: cheap, never waits for a pass.
    public var status: SyncStatus { current.withLock { $0 } }

    /// Calls `body` after each change of `status`, on the client's task: the kiosk redraws its
    /// status line then, instead of polling. One observer; a second replaces the first.
    public func onStatusChange(_ body: @escaping @Sendable () -> Void) {
        observer.withLock { $0 = body }
    }

    /// Runs passes until the task is cancelled.
    public func runForever() async {
        var backoff = backoffPolicy
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            change { $0.state = .sending }
            let wait: Duration
            do {
                _ = try await run.run { _ in self.refreshBacklog() }
                backoff.reset()
                update(state: .idle, problem: nil)
                wait = interval
            } catch {
                update(state: error.isTransient ? .offline : .refused, problem: error.description)
                wait = backoff.next(using: &generator)
            }
            await sleep(wait)
        }
    }

    /// Starts the next pass now instead of after the wait (new events were recorded).
    public func nudge() {
        wake.withLock { wake in
            if let sleeper = wake.sleeper {
                sleeper.resume()
                wake.sleeper = nil
            } else {
                wake.pending = true
            }
        }
    }

    private func refreshBacklog() {
        guard let backlog = try? run.database.syncBacklog() else { return }
        change { $0.backlog = backlog.count; $0.oldestUnsent = backlog.oldest }
    }

    private func update(state: SyncStatus.State, problem: String?) {
        let backlog = try? run.database.syncBacklog()
        change {
            $0.state = state
            $0.problem = problem
            if let backlog { $0.backlog = backlog.count; $0.oldestUnsent = backlog.oldest }
        }
    }

    /// Changes the status and, if it changed, tells the observer (outside the lock).
    private func change(_ body: (inout SyncStatus) -> Void) {
        let changed = current.withLock { status in
            let before = status
            body(&status)
            return status != before
        }
        if changed { observer.withLock { $0 }?() }
    }

    /// Sleeps `duration`, or less when nudged or cancelled.
    private func sleep(_ duration: Duration) async {
        let timer = Task { [weak self] in
            // Cancelled: the wait already ended by a nudge; a nudge now would skip the next wait.
            do { try await Task.sleep(for: duration) } catch { return }
            self?.nudge()
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                wake.withLock { wake in
                    if wake.pending {
                        wake.pending = false
                        continuation.resume()
                    } else {
                        wake.sleeper = continuation
                    }
                }
            }
        } onCancel: {
            self.nudge()
        }
        timer.cancel()
    }
}
