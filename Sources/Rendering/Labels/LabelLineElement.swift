// MARK: - LabelLineElement

/// A straight rule, e.g. under a badge's name or between a slip's sections.
public struct LabelLineElement: Sendable, Hashable, Codable {
    public var from: LabelPoint
    public var to: LabelPoint
    /// Stroke width in millimetres (default 0.3).
    public var width: Double?

    public init(from: LabelPoint, to: LabelPoint, width: Double? = nil) {
        self.from = from
        self.to = to
        self.width = width
    }
}
