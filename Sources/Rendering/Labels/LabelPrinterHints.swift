// MARK: - LabelPrinterHints

/// What the template's author knows about the printers it is meant for. Hints, not rules:
/// any template renders to any format, but these say which output a queue should get.
public struct LabelPrinterHints: Sendable, Hashable, Codable {
    /// Printer models the layout was checked on ("Brother QL-820NWB").
    public var models: [String]?
    /// Output formats those printers take, preferred first.
    public var languages: [LabelFormat]?
    /// Print head width in dots, for ESC/POS raster (384 on 58 mm, 576 on 80 mm printers).
    public var headDots: Int?

    public init(models: [String]? = nil, languages: [LabelFormat]? = nil, headDots: Int? = nil) {
        self.models = models
        self.languages = languages
        self.headDots = headDots
    }
}
