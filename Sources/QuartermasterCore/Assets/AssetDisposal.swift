/// The record a disposal (报废) leaves: when, why and who approved it. The asset stays in the
/// register with status `disposed`; this says how it got there.
public struct AssetDisposal: Sendable, Hashable, Codable {
    public var tag: String
    public var date: CalendarDate
    public var reason: String
    public var approver: String

    public init(tag: String, date: CalendarDate, reason: String, approver: String) {
        self.tag = tag
        self.date = date
        self.reason = reason
        self.approver = approver
    }
}
