// MARK: - Rect

/// An axis-aligned rectangle in millimetres, origin at its top-left corner.
struct Rect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var origin: Point { Point(x: x, y: y) }

    /// Whether `other` lies inside this rectangle, allowing for rounding in the layout.
    func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
}
