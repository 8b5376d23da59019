public import Foundation

/// A request to open a count: the scope as the auditor gave it (each code counts its whole
/// subtree), whether it is blind, and who opened it where and when. The store expands the scope,
/// refuses codes it does not know, and snapshots what the register expects there.
public struct CountOpening: Sendable, Hashable, Codable {
    public var scope: [String]
    public var blind: Bool
    public var openedBy: String
    public var station: String
    public var time: Date

    public init(scope: [String], blind: Bool, openedBy: String, station: String, time: Date) {
        self.scope = scope
        self.blind = blind
        self.openedBy = openedBy
        self.station = station
        self.time = time
    }
}
