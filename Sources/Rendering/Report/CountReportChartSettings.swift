// MARK: - CountReportChartSettings

/// How tall each location's bar is. The chart never groups or drops locations: it continues
/// over as many pages as the locations need, every page with its legend and the same axis,
/// so 300 rooms are 300 readable bars on a common scale.
public struct CountReportChartSettings: Sendable, Hashable, Codable {
    /// Height of one bar in millimetres.
    public var barHeight: Double
    /// Space between two bars in millimetres.
    public var rowGap: Double

    public init(barHeight: Double, rowGap: Double) {
        self.barHeight = barHeight
        self.rowGap = rowGap
    }
}
