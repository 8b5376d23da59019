// MARK: - LabelTextElement

/// A line (or a few lines) of text in a box. Long values first shrink, down to `minSize`,
/// then wrap up to `maxLines`; what still does not fit ends in "…" rather than spilling onto
/// the QR code next to it.
public struct LabelTextElement: Sendable, Hashable, Codable {
    public var text: LabelFieldTemplate
    /// The box the text must stay inside; text starts at its top.
    public var box: LabelBox
    /// Font size in points.
    public var size: Double
    /// Smallest size shrinking may go to (default: `size`, i.e. no shrinking).
    public var minSize: Double?
    public var bold: Bool?
    /// Lines the text may wrap to (default 1).
    public var maxLines: Int?
    public var align: LabelTextAlignment?

    public init(
        text: LabelFieldTemplate, box: LabelBox, size: Double, minSize: Double? = nil, bold: Bool? = nil,
        maxLines: Int? = nil, align: LabelTextAlignment? = nil
    ) {
        self.text = text
        self.box = box
        self.size = size
        self.minSize = minSize
        self.bold = bold
        self.maxLines = maxLines
        self.align = align
    }
}
