/// Where a visit stands. Raw values are stored in the database and written in exports: never
/// rename one that has shipped.
public enum VisitStatus: String, CaseIterable, Sendable, Codable, Hashable {
    /// Invited ahead by a host; nobody has arrived yet.
    case expected
    /// Signed in and wearing a badge.
    case onSite = "on_site"
    /// Signed out by the badge (or by reception).
    case left
    /// Still open at the station's closing time: closed without a sign-out, listed for staff.
    case notSignedOut = "not_signed_out"
    /// Invited, and the day passed without a sign-in.
    case noShow = "no_show"
    /// Turned away at sign-in (the deny list): never on site.
    case refused

    /// True while the person counts as being in the building (the roll call lists these).
    public var isOnSite: Bool { self == .onSite }
}
