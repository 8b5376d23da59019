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
    /// The count campaign the session belongs to: the one covering its scope on the day it was
    /// opened; nil when no campaign of this station's does.
    public var campaign: Campaign?

    /// A campaign as a session names it: its key, and its name when the session was opened.
    public struct Campaign: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public init(
        id: String, scope: [String], blind: Bool, openedBy: String, openedAt: Date, station: String,
        closedAt: Date? = nil, closedBy: String? = nil, campaign: Campaign? = nil
    ) {
        self.id = id
        self.scope = scope
        self.blind = blind
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.station = station
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.campaign = campaign
    }

    public var isOpen: Bool { closedAt == nil }
}
