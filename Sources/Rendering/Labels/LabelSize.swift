// MARK: - LabelSize

/// A label's width and height in millimetres, as printed on the roll or box of labels.
public struct LabelSize: Sendable, Hashable, Codable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
