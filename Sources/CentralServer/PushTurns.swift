/// The pushes of each station at this centre process. A station keeps two batches in flight
/// (`SyncRun.batchesInFlight`), and the later one can reach the store first: the store refuses
/// it as a gap, since the events before it are not stored yet. The refused push waits here
/// until a push of the same station has been stored, and is then tried again, so the station
/// hears one acknowledgement per batch instead of a refusal it must answer by sending the batch
/// again. The wait is short: once `grace` has passed and no push of the station is running
/// here, the store's refusal stands (a real gap; or the batch before went to another centre
/// process, and the station sends this one again after it).
actor PushTurns {
    let grace: Duration
    private var running: [String: Int] = [:]
    private var waiting: [String: [UInt64: Waiter]] = [:]
    private var nextWaiter: UInt64 = 0

    private struct Waiter {
        var deadline: ContinuousClock.Instant
        var continuation: CheckedContinuation<Bool, Never>
    }

    init(grace: Duration = .seconds(2)) {
        self.grace = grace
    }

    /// Counts a push of `station` as running.
    func begin(_ station: String) {
        running[station, default: 0] += 1
    }

    /// A push of `station` has left the store, `stored` when it was accepted: the pushes
    /// waiting for it run again, counted as running from now (so a later batch arriving
    /// meanwhile waits for them too).
    func end(_ station: String, stored: Bool) {
        running[station, default: 1] -= 1
        if stored {
            let woken = waiting.removeValue(forKey: station) ?? [:]
            running[station, default: 0] += woken.count
            for waiter in woken.values { waiter.continuation.resume(returning: true) }
        }
        refuseExpired(station)
        if running[station] == 0 { running[station] = nil }
    }

    /// Ends a push the store refused as a gap and waits: true once a push of `station` has
    /// been stored (the caller tries again, counted as running); false once `grace` has passed
    /// with no push of the station running.
    func endAndAwaitAnother(_ station: String) async -> Bool {
        end(station, stored: false)
        let id = nextWaiter
        nextWaiter += 1
        let deadline = ContinuousClock.now + grace
        Task {
            try? await Task.sleep(until: deadline)
            refuseExpired(station)
        }
        return await withCheckedContinuation { waiting[station, default: [:]][id] = Waiter(deadline: deadline, continuation: $0) }
    }

    private func refuseExpired(_ station: String) {
        guard running[station, default: 0] == 0, let waiters = waiting[station] else { return }
        let now = ContinuousClock.now
        for (id, waiter) in waiters where waiter.deadline <= now {
            waiting[station]?[id] = nil
            waiter.continuation.resume(returning: false)
        }
        if waiting[station]?.isEmpty == true { waiting[station] = nil }
    }
}
