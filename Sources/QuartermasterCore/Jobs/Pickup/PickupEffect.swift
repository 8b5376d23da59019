/// What the pickup asks the engine to do.
public enum PickupEffect: JobEffect {
    /// Record a confirmed pickup in one transaction; answered with `.recorded` or `.refused`.
    case recordPickup(PickupCommit)
    /// Print (or file) the slip the store queued with the pickup; answered with `.slipProduced`
    /// or `.slipFailed` (the slip then stays owed in the store, produced at the next start).
    case produceSlip(QueuedSlip)

    /// The slip is owed in the store already: rendering and queueing it follow the screen.
    public var canFollowTheScreen: Bool {
        if case .produceSlip = self { return true }
        return false
    }

    public var isRecording: Bool {
        switch self {
        case .recordPickup: return true
        case .produceSlip: return false
        }
    }
}
