public import Foundation

/// What the reception job asks the engine to do.
public enum ReceptionEffect: JobEffect {
    /// Sign in by an invite; answered with `.signIn`.
    case signInByInvite(code: String, station: String, time: Date)
    /// Sign a walk-in in; answered with `.signIn`.
    case signInWalkIn(WalkInRegistration)
    /// Sign a visit out by its badge's code; answered with `.signOut`.
    case signOut(badgeCode: String, by: String?, station: String, time: Date)
    /// People whose name holds the text; answered with `.hosts`.
    case findHosts(String)
    /// The site rules to show; answered with `.rules`.
    case loadRules
    /// The badge of a visitor just signed in; after the screen, so the welcome never waits
    /// for the printer. Answered with `.badgePrinted` or `.badgeNotPrinted`.
    case printBadge(VisitPass, time: Date)
    /// The on-site list printed on the slip printer now; answered with `.rollCall`.
    case printRollCall(time: Date)
    /// Closing time (`ReceptionSchedule`): visits still open closed as not signed out, and
    /// visits past the retention anonymised; sent by the engine when a tick passes the time.
    /// Answered with `.closedForTheDay`.
    case closeForTheDay(today: CalendarDate, retentionDays: Int, time: Date)

    public var isRecording: Bool {
        switch self {
        case .signInByInvite, .signInWalkIn, .signOut, .closeForTheDay: return true
        case .findHosts, .loadRules, .printBadge, .printRollCall: return false
        }
    }

    public var canFollowTheScreen: Bool {
        if case .printBadge = self { return true }
        return false
    }
}
