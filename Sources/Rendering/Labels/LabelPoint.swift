// MARK: - LabelPoint

/// A point on a label in millimetres from its top-left corner, as written in templates.
public struct LabelPoint: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    var point: Point { Point(x: x, y: y) }
}
