internal import QuartermasterCore

/// A visit as the centre last heard of it (never the visitor's name: the journal does not carry it).
public struct CentralVisit: Sendable, Hashable {
    public var station: String
    /// The visit's number at its station.
    public var visit: Int64
    public var status: String
    public var hostBadge: String
    public var expectedDate: String
    public var eventID: String
    /// The invite's code, for a visit made from one: the centre's invite is pulled by every
    /// station of its site, so two receptions hold one visitor under two numbers.
    public var invite: String?

    /// The visit used its invite: the visitor signed in with it, or was turned away at the
    /// desk. The invite then opens nothing more at the site's other receptions.
    public var usedItsInvite: Bool {
        invite != nil && Self.usingStatuses.contains(status)
    }

    private static let usingStatuses: Set<String> = [
        VisitStatus.onSite.rawValue, VisitStatus.left.rawValue, VisitStatus.notSignedOut.rawValue, VisitStatus.refused.rawValue,
    ]

    public init(station: String, visit: Int64, status: String, hostBadge: String, expectedDate: String, eventID: String, invite: String? = nil) {
        self.invite = invite
        self.station = station
        self.visit = visit
        self.status = status
        self.hostBadge = hostBadge
        self.expectedDate = expectedDate
        self.eventID = eventID
    }
}
