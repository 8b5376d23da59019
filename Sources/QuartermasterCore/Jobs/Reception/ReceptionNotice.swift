/// What the reception job tells the person at the screen. On a visitor screen these name only
/// the visitor in front of it (and their host), never anyone else.
public enum ReceptionNotice: KioskMessage {
    /// The prompt: scan an invite, or start typing a name.
    case welcome
    case askCompany
    case askHost
    case noHostFound(query: String)
    case tooManyHosts(query: String)
    case pickHost(count: Int)
    case askPurpose(host: String)
    case askPhone
    case readRules(SiteRules)
    /// A typed field that cannot be taken as it is (empty, too long, a control character).
    case badField(ReceptionFieldProblem)
    /// Signed in: the badge prints next and the host has been told.
    case signedIn(name: String, host: String)
    case badgeNotPrinted
    /// The deny list matched: nothing else is said to the visitor.
    case seeReception
    case inviteRefused(VisitRefusal)
    case signedOut(name: String)
    case badgeRefused(VisitRefusal)
    /// Esc on a form: what was typed is gone.
    case formDropped
    case notRecorded(StationProblem)
    case rollCallPrinted(count: Int, output: String)
    case staffPrompt
    /// Closing time closed this many visits as not signed out.
    case closedForTheDay(count: Int)

    public var tone: NoticeTone {
        switch self {
        case .welcome, .askCompany, .askHost, .pickHost, .askPurpose, .askPhone, .readRules, .formDropped, .staffPrompt:
            return .info
        case .signedIn, .signedOut, .rollCallPrinted:
            return .success
        case .closedForTheDay, .seeReception, .tooManyHosts, .noHostFound:
            return .warning
        case .badField, .badgeNotPrinted, .inviteRefused, .badgeRefused, .notRecorded:
            return .error
        }
    }
}
