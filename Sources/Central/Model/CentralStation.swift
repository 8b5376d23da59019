public import Foundation

/// A station as the admin sees it at the centre (`central station list`, the admin API).
public struct CentralStation: Sendable, Hashable, Codable {
    public var name: String
    public var site: String
    /// The station's own id, once it has enrolled.
    public var station: String?
    public var addedAt: Date
    public var enrolledAt: Date?
    public var revokedAt: Date?
    /// The highest sequence stored for its id (0 before it first pushed).
    public var acknowledged: Int64

    public init(name: String, site: String, station: String?, addedAt: Date, enrolledAt: Date?, revokedAt: Date?, acknowledged: Int64) {
        self.name = name
        self.site = site
        self.station = station
        self.addedAt = addedAt
        self.enrolledAt = enrolledAt
        self.revokedAt = revokedAt
        self.acknowledged = acknowledged
    }
}
