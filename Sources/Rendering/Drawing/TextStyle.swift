// MARK: - TextStyle

/// How a run of text looks. Sizes are in typographic points because that is how people talk
/// about print; the family list lets fontconfig fall back so Chinese names always render.
struct TextStyle: Sendable, Hashable {
    enum Alignment: Sendable, Hashable {
        case leading, center, trailing
    }

    /// WenQuanYi Micro Hei covers Chinese and Latin in 5 MB; Noto CJK is used where installed
    /// instead; "Sans" keeps something readable on a machine with neither.
    static let defaultFamily = "WenQuanYi Micro Hei, Noto Sans CJK SC, Sans"

    var pointSize: Double
    var bold: Bool = false
    var alignment: Alignment = .leading
    var family: String = TextStyle.defaultFamily
    /// At most this many lines, the last one ending in "…"; nil: as many as the text needs.
    /// Labels use it so a long asset name can never run into the QR code below it.
    var maxLines: Int? = nil
    /// Whether fontconfig may substitute another font for characters `family` lacks. Always
    /// on for printing; tests turn it off to produce the "tofu" boxes a CJK-less font draws.
    var fontFallback: Bool = true

    /// The font size in millimetres (1 pt = 1/72 inch).
    var millimetreSize: Double { pointSize * 25.4 / 72 }

    func with(bold: Bool) -> TextStyle {
        var copy = self
        copy.bold = bold
        return copy
    }

    func with(pointSize: Double) -> TextStyle {
        var copy = self
        copy.pointSize = pointSize
        return copy
    }

    func with(alignment: Alignment) -> TextStyle {
        var copy = self
        copy.alignment = alignment
        return copy
    }
}
