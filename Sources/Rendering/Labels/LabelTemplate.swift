// MARK: - LabelTemplate

/// A label, badge or slip described in a YAML file under `labels/`: its size on paper, the
/// printer resolution it is laid out for, and what goes where. One template drives every
/// output (PDF, PNG, ZPL, ESC/POS), so what the office sees on screen is what the Zebra prints.
public struct LabelTemplate: Sendable, Hashable, Codable {
    /// The name templates are looked up by (`asset-62x29`), also used in messages.
    public var name: String
    /// What the label is for, for people choosing a template.
    public var description: String?
    /// The label (or sheet) size in millimetres.
    public var size: LabelSize
    /// The resolution of the printer the label is meant for. Layout snaps QR modules and
    /// barcode bars to this grid, so even the PDF prints crisp on that printer.
    public var dpi: Double
    /// Which printers and languages the label is meant for.
    public var printer: LabelPrinterHints?
    /// Values for fields a person may leave out (an empty name line is fine; an empty tag is not).
    public var defaults: [String: String]?
    /// Present on pickup-slip templates: the table is laid out by `SlipRenderer` on this paper.
    public var slip: LabelSlipPaper?
    /// What is drawn, in order (later elements over earlier ones).
    public var elements: [LabelElement]

    public init(
        name: String, description: String? = nil, size: LabelSize, dpi: Double, printer: LabelPrinterHints? = nil,
        defaults: [String: String]? = nil, slip: LabelSlipPaper? = nil, elements: [LabelElement]
    ) {
        self.name = name
        self.description = description
        self.size = size
        self.dpi = dpi
        self.printer = printer
        self.defaults = defaults
        self.slip = slip
        self.elements = elements
    }

    // MARK: Fields

    /// Every field name the elements print, in order of first use.
    public var fieldNames: [String] {
        var seen: Set<String> = []
        return elements.flatMap(\.fieldNames).filter { seen.insert($0).inserted }
    }

    /// The fields that must be given: printed and without a default.
    public var requiredFields: [String] {
        fieldNames.filter { defaults?[$0] == nil }
    }

    /// The paper a pickup slip renders on, for slip templates.
    public var slipPaper: SlipPaper? {
        slip.map { SlipPaper(widthMM: size.width, heightMM: $0.roll ? nil : size.height, marginMM: $0.margin) }
    }
}
