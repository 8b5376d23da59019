// MARK: - LabelBox

/// A rectangle on a label in millimetres from its top-left corner, as written in templates.
public struct LabelBox: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    var rect: Rect { Rect(x: x, y: y, width: width, height: height) }
}
