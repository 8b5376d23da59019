/// How patiently the spooler retries. A plain value so tests can make it quick.
public struct PrintRetryPolicy: Sendable, Hashable {
    /// Wait after the first failed attempt; doubled after each further one.
    public var firstDelay: Duration
    /// The longest wait between attempts: an unplugged printer is tried at least this often.
    public var maximumDelay: Duration
    /// When CUPS aborts a job, it is sent again unless the job has now had this many attempts
    /// (failed sends and aborts together), in which case it is marked failed with its bytes
    /// kept. Jobs that never reached CUPS (server down, queue stopped accepting) are retried
    /// without limit: they cannot have printed, so waiting never risks a second copy.
    public var abortedAttempts: Int
    /// How old a submission without a CUPS id must be before it counts as cut short by a
    /// crash (another spooler may be sending it right now).
    public var orphanGrace: Duration

    public init(
        firstDelay: Duration = .seconds(2), maximumDelay: Duration = .seconds(60), abortedAttempts: Int = 3,
        orphanGrace: Duration = .seconds(60)
    ) {
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.abortedAttempts = abortedAttempts
        self.orphanGrace = orphanGrace
    }

    /// The wait before the next attempt after `attempts` failed ones (0 → `firstDelay`).
    public func delay(afterAttempts attempts: Int) -> Duration {
        var delay = firstDelay
        for _ in 0..<min(max(attempts, 0), 30) {
            delay *= 2
            if delay >= maximumDelay { return maximumDelay }
        }
        return min(delay, maximumDelay)
    }
}
