/// One scan as the station understood it: what kind of code it is, its text without scanner
/// framing, and what a GTIN or GS1 barcode carried. Flows switch on `kind`, but only after
/// checking `problem`: a scan with a problem must be rescanned, never acted on.
public struct ClassifiedScan: Sendable, Hashable, Codable {
    public var kind: ScanKind
    /// The scanned text without the symbology identifier and without the CR/LF the scanner
    /// sends as Enter. GS separators of a GS1 barcode are kept.
    public var text: String
    /// The symbology identifier the scanner put in front, if it is set to send one.
    public var aim: AIMIdentifier?
    /// The elements of a GS1 barcode, when the scan was one and could be read.
    public var gs1: [GS1Element]?
    /// The item's GTIN as 14 digits, whichever form it was scanned in (EAN-13, EAN-8, UPC-A,
    /// UPC-E, ITF-14, GS1 AI 01), so it compares equal to `GTIN.normalized` of the registered
    /// barcode.
    public var gtin: String?
    /// Why the scan cannot be used as it is.
    public var problem: ScanProblem?

    public init(
        kind: ScanKind, text: String, aim: AIMIdentifier? = nil, gs1: [GS1Element]? = nil,
        gtin: String? = nil, problem: ScanProblem? = nil
    ) {
        self.kind = kind
        self.text = text
        self.aim = aim
        self.gs1 = gs1
        self.gtin = gtin
        self.problem = problem
    }
}

/// A scan read as far as `ScanClassifier.read` takes it: before any pattern but the mode card's.
public struct ScanReading: Sendable, Hashable {
    /// The scanned text without the symbology identifier and the line end, as in `ClassifiedScan`.
    public var text: String
    public var aim: AIMIdentifier?
    /// `.tooLong` or `.invalidUTF8`: the scan is not interpreted further.
    public var problem: ScanProblem?
    /// Marked as GS1 by its symbology identifier, or holding a GS separator or `(01)`-style brackets.
    public var looksGS1: Bool
    /// The station's mode card pattern matches it (a card switches jobs; it is never looked up).
    public var isModeCard: Bool

    public init(text: String, aim: AIMIdentifier? = nil, problem: ScanProblem? = nil, looksGS1: Bool = false, isModeCard: Bool = false) {
        self.text = text
        self.aim = aim
        self.problem = problem
        self.looksGS1 = looksGS1
        self.isModeCard = isModeCard
    }
}
