/// A count campaign (盘点计划): the quarterly or half-yearly count (domain.md §2) as the centre
/// plans it — a name, the locations to count, and the days it runs. Stations pull it as
/// reference data; a count session opened at a location the campaign covers (the location or
/// one above it) on one of its days belongs to it, so the session's events, and the centre's
/// count-accuracy report, say which campaign they count for.
public struct CountCampaign: Sendable, Hashable, Codable {
    /// `2026-Q4-总部`: the key, unique at the centre.
    public var id: String
    public var name: String
    public var locations: [String]
    public var starts: CalendarDate
    public var ends: CalendarDate
    public var site: String?

    public init(id: String, name: String, locations: [String], starts: CalendarDate, ends: CalendarDate, site: String? = nil) {
        self.id = id
        self.name = name
        self.locations = locations
        self.starts = starts
        self.ends = ends
        self.site = site
    }
}
