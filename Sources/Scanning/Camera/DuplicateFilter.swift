// MARK: - DuplicateFilter

/// Keeps a camera from reporting the same code over and over: a code held in view is seen in
/// every frame, 30 times a second. A code is reported when it has not been seen for
/// `window`; every sighting, reported or not, restarts its window, so a badge held up for ten
/// seconds counts once, and showing the same item again after a pause counts again.
///
/// Pure: time comes in with each sighting, so tests need no clock.
public struct DuplicateFilter<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration, Instant: Sendable {
    public let window: Duration
    private var lastSeen: [DecodedSymbol: Instant] = [:]

    public init(window: Duration) {
        self.window = window
    }

    /// The symbols of one frame that should be reported, in frame order, each at most once.
    public mutating func admit(_ symbols: [DecodedSymbol], at now: Instant) -> [DecodedSymbol] {
        forgetExpired(before: now)
        var admitted: [DecodedSymbol] = []
        for symbol in symbols {
            let isFresh = lastSeen[symbol].map { $0.duration(to: now) >= window } ?? true
            if isFresh, !admitted.contains(symbol) { admitted.append(symbol) }
            lastSeen[symbol] = now
        }
        return admitted
    }

    /// How many codes are remembered; bounded by what was seen within one window.
    public var rememberedCount: Int { lastSeen.count }

    /// Drops codes not seen for a whole window, so a station running for months does not
    /// remember every code it ever saw.
    private mutating func forgetExpired(before now: Instant) {
        guard !lastSeen.isEmpty else { return }
        lastSeen = lastSeen.filter { $0.value.duration(to: now) < window }
    }
}
