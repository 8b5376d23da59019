/// What the count asks the engine to do.
public enum CountEffect: JobEffect {
    /// Find the open session whose scope holds the location just scanned (a read).
    case findSession(Location)
    /// Open a count of the location (the auditor pressed Enter when none was open).
    case open(CountOpening, at: Location)
    /// Classify and record one tag at the current location.
    case record(CountTagScan)
    /// Accept the move of an asset found here.
    case acceptMove(CountMoveAcceptance)
    /// Register a surplus tag with the name the auditor typed.
    case registerSurplus(SurplusRegistration, at: Location)

    /// Every write waits for its durable commit before the next scan; the look-up does not.
    public var isRecording: Bool {
        if case .findSession = self { return false }
        return true
    }
}
