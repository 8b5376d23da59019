/// The symbology identifier (ISO/IEC 15424) a scanner can put in front of what it read: `]`, a
/// code character naming the symbology, and a modifier. It is the only reliable way to tell a
/// GS1 DataMatrix from a plain one, or a UPC-E from an EAN-8, so the classifier reads it first
/// and the rest of the station never sees it in the scanned text.
public struct AIMIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The symbology: `Q` QR Code, `C` Code 128, `E` EAN/UPC, `d` Data Matrix…
    public let code: Character
    /// What the symbology reports about this symbol: `1` after `C` means FNC1 in first position,
    /// that is GS1-128.
    public let modifier: Character

    // MARK: Making one

    /// Nil unless `code` is a symbology ISO/IEC 15424 or AIM assigned and `modifier` is an ASCII
    /// letter or digit: a scan that merely starts with `]` must not lose its first characters.
    public init?(code: Character, modifier: Character) {
        guard AIMIdentifier.symbologies[code] != nil,
              modifier.isASCII, modifier.isLetter || modifier.isNumber
        else { return nil }
        self.code = code
        self.modifier = modifier
    }

    /// Reads exactly three characters such as `]Q1`.
    public init?(_ text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 3, let parsed = AIMIdentifier(prefixOf: scalars) else { return nil }
        self = parsed
    }

    /// Splits a scan into its symbology identifier, if it starts with one, and the data after it.
    public static func split(_ scan: String) -> (identifier: AIMIdentifier?, data: Substring) {
        let scalars = Array(scan.unicodeScalars.prefix(3))
        guard let identifier = AIMIdentifier(prefixOf: scalars) else { return (nil, scan[...]) }
        // Dropped by scalars: a combining mark after the modifier belongs to the data.
        return (identifier, Substring(scan.unicodeScalars.dropFirst(3)))
    }

    private init?(prefixOf scalars: [Unicode.Scalar]) {
        guard scalars.count >= 3, scalars[0] == "]", scalars[1].isASCII, scalars[2].isASCII else { return nil }
        self.init(code: Character(scalars[1]), modifier: Character(scalars[2]))
    }

    // MARK: What it says

    /// The symbology's name for people and logs ("GS1 DataMatrix", "EAN-8").
    public var symbology: String {
        switch (code, modifier) {
        case ("C", "1"): return "GS1-128"
        case ("E", "0"): return "EAN-13, UPC-A or UPC-E"
        case ("E", "1"): return "EAN/UPC two-digit add-on"
        case ("E", "2"): return "EAN/UPC five-digit add-on"
        case ("E", "3"): return "EAN-13 or UPC with add-on"
        case ("E", "4"): return "EAN-8"
        case ("I", "1"): return "Interleaved 2 of 5 (ITF-14)"
        case ("J", "1"): return "GS1 DotCode"
        case ("Q", "3"), ("Q", "4"): return "GS1 QR Code"
        case ("d", "2"), ("d", "5"): return "GS1 DataMatrix"
        default: return AIMIdentifier.symbologies[code] ?? "unknown symbology"
        }
    }

    /// Whether the data is a GS1 element string (application identifiers, FNC1 as GS): the
    /// symbology was encoded with FNC1 in first position, or carries nothing but GS1 data.
    public var isGS1: Bool {
        switch (code, modifier) {
        case ("C", "1"), ("d", "2"), ("d", "5"), ("Q", "3"), ("Q", "4"), ("J", "1"), ("e", _): return true
        default: return false
        }
    }

    /// The identifier as transmitted, `]Q1`.
    public var description: String { "]\(code)\(modifier)" }

    // MARK: Symbology table

    /// Code characters of ISO/IEC 15424 and the AIM symbology specifications.
    private static let symbologies: [Character: String] = [
        "A": "Code 39", "B": "Telepen", "C": "Code 128", "D": "Code One", "E": "EAN/UPC",
        "F": "Codabar", "G": "Code 93", "H": "Code 11", "I": "Interleaved 2 of 5", "J": "DotCode",
        "K": "Code 16K", "L": "PDF417", "M": "MSI", "N": "Anker", "O": "Codablock", "P": "Plessey",
        "Q": "QR Code", "R": "Straight 2 of 5 (two-bar start/stop)",
        "S": "Straight 2 of 5 (three-bar start/stop)", "T": "Code 49", "U": "MaxiCode",
        "X": "other barcode", "Y": "system expansion", "Z": "keyboard or other non-barcode input",
        "c": "Channel Code", "d": "Data Matrix", "e": "GS1 DataBar", "g": "Grid Matrix",
        "h": "Han Xin Code", "o": "OCR", "p": "PosiCode", "s": "SuperCode", "z": "Aztec Code",
    ]
}

// MARK: - Codable

/// Stored as the transmitted form `]Q1`, which is what people recognise in logs and journals.
extension AIMIdentifier: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let identifier = AIMIdentifier(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(text) is not a symbology identifier such as ]Q1")
        }
        self = identifier
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
