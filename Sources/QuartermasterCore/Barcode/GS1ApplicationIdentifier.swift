/// One GS1 application identifier (AI): the digits that say what the data after them means
/// ("17" is an expiry date) and the shape that data must have. The parser reads lengths and
/// rules from here rather than from special cases, so supporting a new AI is one table line.
public struct GS1ApplicationIdentifier: Sendable, Hashable {
    /// The AI's digits, "01", "3103", "8020".
    public let ai: String
    /// The GS1 data title, "GTIN", "BEST BEFORE or BEST BY", shown when a scan is explained.
    public let title: String
    /// Whether the GS1 General Specifications predefine the length: such data never needs an
    /// FNC1 after it, and an encoder should not put one there.
    public let isPredefinedLength: Bool
    /// The parts of the data field in order, each with its own length, characters and rules.
    let components: [Component]

    init(ai: String, title: String, isPredefinedLength: Bool, components: [Component]) {
        self.ai = ai
        self.title = title
        self.isPredefinedLength = isPredefinedLength
        self.components = components
    }

    // MARK: Lengths

    /// The fewest characters the data field may hold.
    public var minimumLength: Int {
        components.reduce(0) { $0 + ($1.isOptional ? 0 : $1.minimumLength) }
    }

    /// The most characters the data field may hold.
    public var maximumLength: Int { components.reduce(0) { $0 + $1.maximumLength } }

    /// Whether the data field always has the same length, so that in an element string the next
    /// AI can follow without a separator.
    public var isFixedLength: Bool { minimumLength == maximumLength }

    // MARK: Lookup

    /// The AI with exactly these digits, or nil if the table does not know it.
    public static func named(_ ai: some StringProtocol) -> GS1ApplicationIdentifier? {
        table[String(ai)]
    }
}
