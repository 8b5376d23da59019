public import Foundation

/// One visitor's visit, from the invite (or the walk-in's sign-in) to the sign-out. Name,
/// company and phone are personal data: `anonymised()` removes them after the retention period
/// and keeps what the office's monthly figures need (times, host, purpose).
public struct Visit: Sendable, Hashable, Codable {
    /// The store's number for the visit; nil before it is stored.
    public var id: Int64?
    public var name: String
    public var company: String
    public var phone: String?
    public var purpose: String
    /// The host's badge (a person in the people table).
    public var hostBadge: String
    /// The day the visit is expected (an invite's date, or the walk-in's own day).
    public var expectedDate: CalendarDate
    public var arrival: Date?
    public var departure: Date?
    /// The code printed on the badge (`VB-…`): it signs this visit out once, then opens nothing.
    public var badgeCode: String?
    /// The invite's code (`INV-…`), for invited visits.
    public var inviteCode: String?
    public var status: VisitStatus
    /// The version of the site rules the visitor accepted.
    public var rulesVersion: String?
    /// True once name, company and phone were removed.
    public var anonymised: Bool

    public init(
        id: Int64? = nil, name: String, company: String, phone: String? = nil, purpose: String, hostBadge: String,
        expectedDate: CalendarDate, arrival: Date? = nil, departure: Date? = nil, badgeCode: String? = nil,
        inviteCode: String? = nil, status: VisitStatus = .expected, rulesVersion: String? = nil, anonymised: Bool = false
    ) {
        self.id = id
        self.name = name
        self.company = company
        self.phone = phone
        self.purpose = purpose
        self.hostBadge = hostBadge
        self.expectedDate = expectedDate
        self.arrival = arrival
        self.departure = departure
        self.badgeCode = badgeCode
        self.inviteCode = inviteCode
        self.status = status
        self.rulesVersion = rulesVersion
        self.anonymised = anonymised
    }
}
