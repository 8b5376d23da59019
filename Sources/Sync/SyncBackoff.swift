/// How long the client waits before trying again: doubling from `base` up to `ceiling`, each
/// wait drawn at random from its upper half ("equal jitter"), so a branch's stations that lost
/// the link together do not all come back in the same second.
public struct SyncBackoff: Sendable, Hashable {
    public var base: Duration
    public var ceiling: Duration
    /// Failures in a row so far.
    public private(set) var failures = 0

    public init(base: Duration = .seconds(1), ceiling: Duration = .seconds(300)) {
        self.base = base
        self.ceiling = ceiling
    }

    /// The wait after one more failure.
    public mutating func next(using generator: inout some RandomNumberGenerator) -> Duration {
        let exponent = min(failures, 30)
        failures += 1
        let full = min(ceiling, base * (1 << exponent))
        let half = full / 2
        let spread = Double.random(in: 0...1, using: &generator)
        return half + half * spread
    }

    public mutating func reset() { failures = 0 }
}
