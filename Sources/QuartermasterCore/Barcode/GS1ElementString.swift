/// The data of a GS1 barcode: application identifiers each followed by their data, as a GS1-128,
/// GS1 DataMatrix, GS1 QR Code or DataBar carries it. Products arrive at the storeroom with
/// their GTIN, lot and expiry in one of these; reading it is how one scan finds the item.
public struct GS1ElementString: Sendable, Hashable, CustomStringConvertible {
    /// The elements in the order the barcode holds them.
    public let elements: [GS1Element]

    /// Wraps elements already known to be valid, for tests and for labels the station prints.
    public init(_ elements: [GS1Element]) {
        self.elements = elements
    }

    // MARK: Parsing

    /// Reads the element string a scanner transmitted (FNC1 arrives as GS, ASCII 29, after each
    /// variable-length field; a GS in front is ignored) or its bracketed human-readable form
    /// `(01)09501101530003(17)250101(10)ABC`, checking every field: lengths, character sets,
    /// check digits of GTIN, SSCC and GLN, and dates.
    ///
    /// A fixed-length field followed by a GS is accepted, as many printers put one there.
    public init(parsing text: some StringProtocol) throws(GS1ParseError) {
        let scalars = Array(text.unicodeScalars)
        var parser = GS1ElementString.Parser(scalars: scalars)
        elements = try scalars.first == "(" ? parser.parseBracketed() : parser.parseTransmitted()
    }

    // MARK: Reading it

    /// The data of the first element with this AI, nil if there is none.
    public subscript(ai: String) -> String? {
        elements.first { $0.ai == ai }?.value
    }

    /// The GTIN of the trade item (AI 01), always 14 digits with a valid check digit.
    public var gtin: String? { self["01"] }

    /// The bracketed form printed under the barcode and typed by people,
    /// `(01)09501101530003(10)ABC`.
    public var description: String { elements.map(\.description).joined() }

    /// The form a scanner transmits and a barcode encoder takes after its leading FNC1: a GS
    /// after every field whose length is not predefined, except the last.
    public var transmitted: String {
        var text = ""
        for (index, element) in elements.enumerated() {
            text += element.ai + element.value
            let predefined = GS1ApplicationIdentifier.named(element.ai)?.isPredefinedLength ?? false
            if index < elements.count - 1, !predefined { text += "\u{1D}" }
        }
        return text
    }

    /// Whether `text` starts like the bracketed form, "(" then two to four digits then ")".
    static func looksBracketed(_ text: some StringProtocol) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(6))
        return Parser.bracketedAI(in: scalars[...], at: 0) != nil
    }
}
