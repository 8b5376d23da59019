public import Foundation

/// Writing off (报废) assets a closed count did not find: each is disposed of with a disposal
/// record (date, reason, approver), never deleted. `tags` nil means every asset the count
/// left missing.
public struct CountWriteOff: Sendable, Hashable, Codable {
    public var session: String
    public var tags: [String]?
    public var reason: String
    public var approver: String
    public var by: String
    public var station: String
    public var time: Date
    public var date: CalendarDate

    public init(session: String, tags: [String]?, reason: String, approver: String, by: String, station: String, time: Date, date: CalendarDate) {
        self.session = session
        self.tags = tags
        self.reason = reason
        self.approver = approver
        self.by = by
        self.station = station
        self.time = time
        self.date = date
    }
}
