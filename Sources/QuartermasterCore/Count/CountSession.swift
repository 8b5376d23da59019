public import Foundation

/// One count (盘点) of a scope of locations. Opened by an auditor at the kiosk or with
/// `quartermaster count open`; several auditors and stations count into it until it is closed.
public struct CountSession: Sendable, Hashable, Codable {
    /// `CNT-20261202-7K2M9Q`: readable on a report, unique across stations.
    public var id: String
    /// The location codes the session was opened for, as given (a site, or several rooms).
    public var scope: [String]
    /// The auditor sees what was found, never what is expected, so the list cannot guide the count.
    public var blind: Bool
    public var openedBy: String
    public var openedAt: Date
    public var station: String
    public var closedAt: Date?
    public var closedBy: String?

    public init(
        id: String, scope: [String], blind: Bool, openedBy: String, openedAt: Date, station: String,
        closedAt: Date? = nil, closedBy: String? = nil
    ) {
        self.id = id
        self.scope = scope
        self.blind = blind
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.station = station
        self.closedAt = closedAt
        self.closedBy = closedBy
    }

    public var isOpen: Bool { closedAt == nil }
}
