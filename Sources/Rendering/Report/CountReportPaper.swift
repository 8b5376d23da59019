// MARK: - CountReportPaper

/// The sheet the count report is laid out on, in millimetres (A4 portrait in the shipped
/// template; an office on US Letter changes three numbers).
public struct CountReportPaper: Sendable, Hashable, Codable {
    public var width: Double
    public var height: Double
    /// White border kept on every side.
    public var margin: Double

    public init(width: Double, height: Double, margin: Double) {
        self.width = width
        self.height = height
        self.margin = margin
    }
}
