/// The regular expressions that tell the station's own codes apart: badges, requisitions, asset
/// tags, locations, visitor codes, mode cards, quantities and in-house item codes. Sites number
/// things their own way, so each pattern can be replaced in the configuration; a value of this
/// type always holds patterns that compile, so the classifier never meets a broken one.
///
/// A pattern must match the whole scan (as if it were wrapped in `^…$`); `\d`, `\w` and `\s`
/// mean ASCII only, so a full-width ２ never passes for a 2.
public struct ScanPatterns: Sendable, Hashable {
    // MARK: Kinds and defaults

    /// The kinds a pattern decides, in the order the classifier tries them.
    public static let configurableKinds: [ScanKind] = [
        .mode, .requisition, .badge, .assetTag, .location, .visitorInvite, .visitorBadge, .quantity, .item,
    ]

    /// The patterns a station uses unless configured otherwise. The item pattern covers only our
    /// own ITM- codes: GTINs and GS1 barcodes are recognised by their check digits.
    public static let defaultPatterns: [ScanKind: String] = [
        .mode: #"^QM-MODE-[A-Z]+$"#,
        .requisition: #"^YPQ-\d{4}-\d{3,6}$"#,
        .badge: #"^E\d{3,10}$"#,
        .assetTag: #"^FA-\d{6}$"#,
        .location: #"^LOC-[A-Z0-9-]{1,32}$"#,
        .visitorInvite: #"^INV-[A-Z0-9]{6,16}$"#,
        .visitorBadge: #"^VB-\d{4,12}$"#,
        .quantity: #"^\d{1,4}$"#,
        .item: #"^ITM-[A-Z0-9-]{1,32}$"#,
    ]

    /// The default patterns.
    public static let `default` = ScanPatterns()

    private var sources: [ScanKind: String]

    // MARK: Making one

    /// The default patterns.
    public init() {
        sources = Self.defaultPatterns
    }

    /// The default patterns with some replaced, as a configuration file gives them.
    public init(_ overrides: [ScanKind: String]) throws(ScanPatternError) {
        self.init()
        for kind in Self.configurableKinds {
            if let regex = overrides[kind] { try set(kind, to: regex) }
        }
        for (kind, regex) in overrides where !Self.configurableKinds.contains(kind) {
            throw .notConfigurable(kind, regex)
        }
    }

    /// Replaces one pattern, refusing a regular expression that does not compile.
    public mutating func set(_ kind: ScanKind, to regex: String) throws(ScanPatternError) {
        guard Self.configurableKinds.contains(kind) else { throw .notConfigurable(kind, regex) }
        do {
            _ = try Self.compile(regex)
        } catch {
            throw .invalidRegex(kind, regex, detail: String(describing: error))
        }
        sources[kind] = regex
    }

    // MARK: Reading them

    /// The regular expression for `kind`; nil for `.unknown`, which has none.
    public subscript(kind: ScanKind) -> String? { sources[kind] }

    public var mode: String { sources[.mode] ?? "" }
    public var requisition: String { sources[.requisition] ?? "" }
    public var badge: String { sources[.badge] ?? "" }
    public var assetTag: String { sources[.assetTag] ?? "" }
    public var location: String { sources[.location] ?? "" }
    public var visitorInvite: String { sources[.visitorInvite] ?? "" }
    public var visitorBadge: String { sources[.visitorBadge] ?? "" }
    public var quantity: String { sources[.quantity] ?? "" }
    /// In-house item codes; GTINs and GS1 barcodes are items whatever this says.
    public var item: String { sources[.item] ?? "" }

    // MARK: Matching

    static func compile(_ source: String) throws -> Regex<AnyRegexOutput> {
        try Regex(source).asciiOnlyCharacterClasses().matchingSemantics(.unicodeScalar)
    }
}

// MARK: - Codable

/// The configuration form: an object from pattern names (the `ScanKind` raw values) to regular
/// expressions. Names left out keep their defaults; an unknown name or a broken expression
/// throws `ScanPatternError`, naming the pattern.
extension ScanPatterns: Codable {
    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Name.self)
        var overrides: [ScanKind: String] = [:]
        for key in container.allKeys {
            guard let kind = ScanKind(rawValue: key.stringValue) else { throw ScanPatternError.unknownName(key.stringValue) }
            overrides[kind] = try container.decode(String.self, forKey: key)
        }
        try self.init(overrides)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Name.self)
        for kind in Self.configurableKinds {
            try container.encode(sources[kind] ?? "", forKey: Name(stringValue: kind.rawValue))
        }
    }
}
