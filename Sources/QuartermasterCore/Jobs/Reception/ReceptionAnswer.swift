/// How the reception job's effects went.
public enum ReceptionAnswer: Sendable, Hashable {
    case signIn(VisitSignIn)
    case signOut(VisitSignOut)
    /// The people matching a search, and the text searched for.
    case hosts(query: String, [Person])
    case rules(SiteRules)
    case badgePrinted(String)
    case badgeNotPrinted(StationProblem)
    /// The roll call went to the printer: who is on site, and where it went.
    case rollCall([VisitListing], output: String)
    /// Closing time: the visits closed as not signed out, and how many old ones were anonymised.
    case closedForTheDay(closed: [VisitListing], anonymised: Int)
    /// The store or a printer could not do it; nothing was recorded.
    case failed(StationProblem)
}
