// MARK: - LabelBoxElement

/// A rectangle, outlined or filled black (a header band behind nothing, a signature frame).
public struct LabelBoxElement: Sendable, Hashable, Codable {
    public var box: LabelBox
    /// Outline width in millimetres (default 0.3).
    public var lineWidth: Double?
    /// Filled black instead of outlined.
    public var fill: Bool?

    public init(box: LabelBox, lineWidth: Double? = nil, fill: Bool? = nil) {
        self.box = box
        self.lineWidth = lineWidth
        self.fill = fill
    }
}
