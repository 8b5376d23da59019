/// How the count's effects went.
public enum CountAnswer: Sendable, Hashable {
    /// The location's open session and its progress there, or nil when none holds it.
    case session(Location, CountSession?, CountProgress?)
    case opened(CountSession, CountProgress)
    case scanned(CountScanResult)
    case moveAccepted(CountMoveAcceptance)
    case registered(Asset, CountProgress)
    /// The store refused or failed; nothing was recorded. `lostLocation` when a tag scan was
    /// refused because the session or location no longer holds (closed meanwhile): scan the
    /// location label again.
    case refused(StationProblem, lostLocation: Bool = false)
}
