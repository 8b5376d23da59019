public import QuartermasterCore

/// An invite the centre issued, as it stands now (`CentralAdmin.invites()`): still open, used at
/// a reception, or withdrawn by an admin. A used invite is withdrawn from the register as well,
/// so that the site's other receptions let it open nothing more; only the visits tell the two
/// apart, and this is where they are told apart.
public struct InviteStanding: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// In the register: a reception of its site lets the visitor in with it.
        case open
        /// A visitor came with it: signed in, or turned away at the desk.
        case used
        /// An admin withdrew it before anyone came.
        case withdrawn
    }

    public var code: String
    public var site: String?
    public var state: State
    /// The invite as the admin put it, while it is open (the register keeps nothing after).
    public var invite: CentralInvite?
    /// Where it was used: the reception, and its visit's status (`on_site`, `left`,
    /// `not_signed_out`, `refused`).
    public var station: String?
    public var visitStatus: String?

    public init(code: String, site: String?, state: State, invite: CentralInvite? = nil, station: String? = nil, visitStatus: String? = nil) {
        self.code = code
        self.site = site
        self.state = state
        self.invite = invite
        self.station = station
        self.visitStatus = visitStatus
    }
}
