/// Turns what a scanner sent into a `ClassifiedScan`. Pure, so tests call it with plain
/// strings. It works in two halves (`read`, then `classify` of the reading) so that the
/// resolver can look a scan up in between and match the patterns (Swift regular expressions,
/// several per scan) only for a code the station has never seen.
///
/// The order is fixed: symbology-marked GS1 data first (the scanner says what it is), then the
/// station's own patterns (mode, requisition, badge, asset tag, location, visitor invitation,
/// visitor badge, quantity), then items (in-house pattern, GTINs, unmarked GS1 data), then
/// unknown.
public struct ScanClassifier: Sendable {
    /// The longest scan, in UTF-8 bytes, the station will interpret. Our labels are far shorter;
    /// anything longer is a wrong code or a stuck scanner, and is not worth matching.
    public static let maximumLength = 4096

    public let patterns: ScanPatterns
    private let compiled: CompiledScanPatterns

    public init(patterns: ScanPatterns = ScanPatterns()) {
        self.patterns = patterns
        self.compiled = CompiledScanPatterns(patterns)
    }

    /// Whether the whole of `text` matches the station's pattern for `kind` (whatever an
    /// earlier pattern would say). Imports use it to refuse a code the keeper could type as a
    /// quantity.
    public func matches(_ kind: ScanKind, _ text: String) -> Bool {
        compiled.matches(kind, text)
    }

    // MARK: Classifying

    /// Classifies one scan, including any symbology identifier in front and CR/LF at the end.
    public func classify(_ raw: String) -> ClassifiedScan {
        classify(read(raw))
    }

    /// Classifies the bytes a scanner sent. Bytes that are not UTF-8 make an unknown scan with
    /// `.invalidUTF8`, its text decoded with replacement characters so it can still be logged.
    public func classify(bytes: [UInt8]) -> ClassifiedScan {
        classify(read(bytes: bytes))
    }

    /// The first half of `classify`: the symbology identifier split off, the line end dropped,
    /// a scan too long or not UTF-8 flagged, and whether it is a mode card. The resolver looks
    /// the text up between the halves: a code the station has registered is what it registered,
    /// so the other patterns (`classify(_:)` on the reading) are matched only for a code the
    /// station has never seen.
    public func read(_ raw: String) -> ScanReading {
        let (aim, data) = AIMIdentifier.split(raw)
        guard raw.utf8.count <= Self.maximumLength else {
            return ScanReading(text: Self.truncated(Self.trimmingLineEnds(data)), aim: aim, problem: .tooLong)
        }
        let text = Self.trimmingLineEnds(data)
        let looksGS1 = aim?.isGS1 == true || text.unicodeScalars.contains(GS1ElementString.Parser.groupSeparator)
            || GS1ElementString.looksBracketed(text)
        return ScanReading(text: text, aim: aim, looksGS1: looksGS1, isModeCard: !looksGS1 && compiled.matches(.mode, text))
    }

    /// `read` for the bytes a scanner sent.
    public func read(bytes: [UInt8]) -> ScanReading {
        let decoded = String(decoding: bytes, as: UTF8.self)
        guard bytes.count <= Self.maximumLength else {
            let (aim, data) = AIMIdentifier.split(decoded)
            return ScanReading(text: Self.truncated(Self.trimmingLineEnds(data)), aim: aim, problem: .tooLong)
        }
        // Decoding replaces invalid sequences, so it round-trips exactly when the bytes were valid.
        guard decoded.utf8.elementsEqual(bytes) else {
            let (aim, data) = AIMIdentifier.split(decoded)
            return ScanReading(text: Self.trimmingLineEnds(data), aim: aim, problem: .invalidUTF8)
        }
        return read(decoded)
    }

    /// The second half of `classify`: GS1 data, then the station's patterns after the mode
    /// card's, then items, then unknown.
    public func classify(_ reading: ScanReading) -> ClassifiedScan {
        let scan = ClassifiedScan(kind: .unknown, text: reading.text, aim: reading.aim, problem: reading.problem)
        if reading.problem != nil { return scan }
        if reading.looksGS1 { return classifyGS1(scan) }
        if reading.isModeCard { return ClassifiedScan(kind: .mode, text: reading.text, aim: reading.aim) }
        for kind in ScanPatterns.configurableKinds where kind != .mode && kind != .item && compiled.matches(kind, reading.text) {
            var scan = ClassifiedScan(kind: kind, text: reading.text, aim: reading.aim)
            if kind == .quantity, !Self.isBoundedQuantity(reading.text) { scan.problem = .quantityTooLarge }
            return scan
        }
        return classifyItem(scan)
    }

    /// A site may widen the quantity pattern; whatever it matches, a quantity the kiosk acts on
    /// is a number from 0 to `QuantityLimit.maximum`.
    static func isBoundedQuantity(_ text: String) -> Bool {
        guard let value = Int(text) else { return false }
        return (0...QuantityLimit.maximum).contains(value)
    }

    // MARK: GS1

    /// A GS1 barcode is an item when it carries a GTIN (AI 01). One that cannot be read is
    /// still called an item when it starts with AI 01, so the kiosk asks for a rescan of the
    /// item rather than saying it does not know the code.
    private func classifyGS1(_ scan: ClassifiedScan) -> ClassifiedScan {
        var scan = scan
        do {
            let elements = try GS1ElementString(parsing: scan.text)
            scan.gs1 = elements.elements
            if let gtin = elements.gtin {
                scan.kind = .item
                scan.gtin = gtin
            }
        } catch {
            let data = scan.text.drop { $0 == "\u{1D}" }
            scan.kind = data.hasPrefix("01") || data.hasPrefix("(01)") ? .item : .unknown
            scan.problem = .gs1(error.description)
        }
        return scan
    }

    // MARK: Items

    private func classifyItem(_ scan: ClassifiedScan) -> ClassifiedScan {
        var scan = scan
        let text = scan.text
        if compiled.matches(.item, text) {
            scan.kind = .item
            scan.gtin = GTIN.normalized(text)
            return scan
        }
        let length = text.utf8.count
        if length >= 16, text.hasPrefix("01"), CheckDigit.isDigits(text.prefix(16)) {
            // A GS1 DataMatrix read by a scanner that sends neither identifier nor FNC1.
            return classifyGS1(scan)
        }
        guard CheckDigit.isDigits(text) else { return scan }
        var gtinText = text
        switch (scan.aim?.code, scan.aim?.modifier, length) {
        case ("E", "0", 8) where text.hasPrefix("0") || text.hasPrefix("1"):
            // UPC-E: only the identifier tells it from an EAN-8, whose check digit differs.
            guard let upcA = GTIN.expandingUPCE(text) else {
                scan.kind = .item
                scan.problem = .badCheckDigit
                return scan
            }
            gtinText = upcA
        case ("E", "3", 15), ("E", "3", 18):
            // EAN-13 with a two- or five-digit add-on: the add-on is not part of the GTIN.
            gtinText = String(text.prefix(13))
        default:
            break
        }
        if GTIN.lengths.contains(gtinText.utf8.count) {
            scan.kind = .item
            if let gtin = GTIN.normalized(gtinText) { scan.gtin = gtin } else { scan.problem = .badCheckDigit }
        }
        return scan
    }

    // MARK: Text

    /// Drops the CR, LF or CR LF a scanner sends as Enter. A Swift `Character` holds CR LF as
    /// one, so this works on scalars.
    static func trimmingLineEnds(_ text: Substring) -> String {
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, last == "\r" || last == "\n" { scalars = scalars.dropLast() }
        return String(Substring(scalars))
    }

    /// At most `maximumLength` bytes of `text`, cut between scalars.
    private static func truncated(_ text: String) -> String {
        var bytes = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            bytes += UTF8.width(scalar)
            guard bytes <= maximumLength else { break }
            kept.append(scalar)
        }
        return String(kept)
    }
}
