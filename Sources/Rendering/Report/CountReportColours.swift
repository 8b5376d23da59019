// MARK: - CountReportColours

/// The colour of each outcome the chart draws, as `#RRGGBB`. They must differ in lightness
/// too (the template is checked for it), because most reports end up photocopied in gray.
public struct CountReportColours: Sendable, Hashable, Codable {
    public var found: String
    public var moved: String
    public var missing: String
    public var surplus: String

    public init(found: String, moved: String, missing: String, surplus: String) {
        self.found = found
        self.moved = moved
        self.missing = missing
        self.surplus = surplus
    }

    /// The hex text of the colour `outcome` is drawn in.
    func hex(_ outcome: CountOutcomeSegment) -> String {
        switch outcome {
        case .found: found
        case .moved: moved
        case .missing: missing
        case .surplus: surplus
        }
    }
}
