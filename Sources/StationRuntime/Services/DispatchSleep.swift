internal import Dispatch
internal import Synchronization

/// A sleep that wakes the process once, when it is over.
///
/// `Task.sleep` on Linux (Swift 6.3) re-arms its timer about once a second however long the
/// sleep, so an idle kiosk sleeping until the next minute would still wake every second
/// (strace: a `timerfd_settime` a second). A dispatch `asyncAfter` arms the timer once. Used
/// for the station's long idle waits (the clock, the idle print spooler, the watchdog).
enum DispatchSleep {
    /// Sleeps `duration`, or until the task is cancelled (then throws `CancellationError`).
    static func sleep(for duration: Duration) async throws {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        let state = Mutex<(continuation: CheckedContinuation<Void, any Error>?, done: Bool)>((nil, false))
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = state.withLock { state -> Bool in
                    if state.done { return true }
                    state.continuation = continuation
                    return false
                }
                if cancelled {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                    let waiting = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                        state.done = true
                        defer { state.continuation = nil }
                        return state.continuation
                    }
                    waiting?.resume()
                }
            }
        } onCancel: {
            let waiting = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                state.done = true
                defer { state.continuation = nil }
                return state.continuation
            }
            waiting?.resume(throwing: CancellationError())
        }
    }
}
