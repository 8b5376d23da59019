/// How the station numbers the tags it makes itself (a surplus registered during a count, an
/// asset added at the command line): a prefix and a zero-padded number, `FA-` + 6 digits by
/// default (`FA-000123`). Imported tags keep whatever text the office gave them; only new ones
/// follow this.
public struct AssetTagNumbering: Sendable, Hashable {
    public static let `default` = AssetTagNumbering(validPrefix: "FA-", digits: 6)
    /// More digits than this would not fit the number in an `Int` with room to spare.
    public static let maximumDigits = 12

    public let prefix: String
    public let digits: Int

    /// Refuses a prefix with spaces or control characters (it must scan back exactly as
    /// printed) and a digit count outside 1…12.
    public init(prefix: String, digits: Int) throws(AssetTagNumberingError) {
        guard (1...Self.maximumDigits).contains(digits) else { throw .digits(digits) }
        guard !prefix.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) else {
            throw .prefix(prefix)
        }
        self.init(validPrefix: prefix, digits: digits)
    }

    private init(validPrefix: String, digits: Int) {
        prefix = validPrefix
        self.digits = digits
    }

    /// The largest number the digits hold.
    public var largest: Int {
        var value = 1
        for _ in 0..<digits { value *= 10 }
        return value - 1
    }

    /// `number` as a tag: the prefix, then the number padded to `digits`.
    public func tag(_ number: Int) -> String {
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The number in a tag of this shape (prefix, then exactly `digits` ASCII digits); nil for
    /// any other tag.
    public func number(of tag: String) -> Int? {
        guard tag.hasPrefix(prefix) else { return nil }
        let rest = tag.dropFirst(prefix.count)
        guard rest.unicodeScalars.count == digits, rest.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(rest)
    }

    /// The tag after the highest one of this shape in `existing` (the first, `…000001`, when
    /// there is none); nil when the numbers are used up.
    public func next(after existing: some Sequence<String>) -> String? {
        let highest = existing.compactMap(number(of:)).max() ?? 0
        return highest < largest ? tag(highest + 1) : nil
    }

    /// The regular expression of tags of this shape, for `scan_patterns.asset_tag`.
    public var pattern: String {
        var escaped = ""
        for character in prefix {
            if "\\^$.|?*+()[]{}-/".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return "^\(escaped)\\d{\(digits)}$"
    }
}
