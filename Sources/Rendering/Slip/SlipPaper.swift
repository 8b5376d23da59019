// MARK: - SlipPaper

/// The paper a slip is printed on: a cut sheet (A5 in the office today) or a roll whose
/// slip is as long as its content (80 mm receipt printers at the counter).
public struct SlipPaper: Sendable, Hashable, Codable {
    /// Paper width in millimetres.
    public var widthMM: Double
    /// Sheet height in millimetres; nil for roll paper, where the slip is cut after its content.
    public var heightMM: Double?
    /// White border kept on every side, in millimetres.
    public var marginMM: Double

    public init(widthMM: Double, heightMM: Double?, marginMM: Double) {
        self.widthMM = widthMM
        self.heightMM = heightMM
        self.marginMM = marginMM
    }

    /// A5 portrait, the size of the office's paper requisition form.
    public static let a5 = SlipPaper(widthMM: 148, heightMM: 210, marginMM: 10)

    /// Roll paper `widthMM` wide (80 mm receipt rolls print about 72 mm, hence 4 mm margins).
    public static func roll(widthMM: Double) -> SlipPaper {
        SlipPaper(widthMM: widthMM, heightMM: nil, marginMM: widthMM >= 100 ? 10 : 4)
    }
}
