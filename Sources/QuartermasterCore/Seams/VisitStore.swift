public import Foundation

/// What reception needs from the station's database, beside `StationStore`. A separate seam,
/// like `LoanStore`, so a store that keeps no visits need not pretend to.
public protocol VisitStore {
    /// An invite scanned at the kiosk: signs its visit in (one `visit.signed_in` and one
    /// `host.notified` fact, with a fresh badge code) or refuses and records nothing.
    func signIn(invite code: String, rulesVersion: String?, station: String, time: Date) throws(StationProblem) -> VisitSignIn
    /// A walk-in: a new visit on site, or, for a name on the deny list, a refused one.
    func signIn(_ walkIn: WalkInRegistration) throws(StationProblem) -> VisitSignIn
    /// A badge scanned: signs its visit out (`visit.signed_out`); a dead badge changes nothing.
    /// `by` is the member of staff who did it, nil for the visitor themselves.
    func signOut(badgeCode: String, by: String?, station: String, time: Date) throws(StationProblem) -> VisitSignOut
    /// Active people whose name holds `query` (Chinese or Latin, any case), at most `limit`.
    func hosts(matching query: String, limit: Int) throws(StationProblem) -> [Person]
    /// Visits on site now, the earliest arrival first.
    func onSite() throws(StationProblem) -> [VisitListing]
    /// Closing time: every visit on site closed as not signed out (`visit.auto_closed`); returns them.
    func closeOpenVisits(at time: Date, actor: String) throws(StationProblem) -> [VisitListing]
    /// Anonymises closed visits more than `days` before `today`; returns how many.
    func anonymiseVisits(olderThan days: Int, today: CalendarDate, time: Date, actor: String) throws(StationProblem) -> Int
}
