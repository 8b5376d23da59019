public import QuartermasterCore

/// A count campaign (盘点计划): a name, the locations to count, and the days it runs. Stored as
/// reference data so stations pull it; today's stations open counts by location and skip
/// campaigns (they keep the cursor moving), and the centre lists them for the auditors.
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
