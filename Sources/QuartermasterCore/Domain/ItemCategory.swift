/// A kind of goods, in the office's own words (文具, 耗材, 设备, or "Stationery"): free text,
/// stored and shown exactly as the item list writes it, so the station never forces an office
/// into categories of ours. Encoded as the plain text.
///
/// The three English names below are only the demo's and the tests' words; nothing treats them
/// specially.
public struct ItemCategory: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The category as written, never empty.
    public let rawValue: String

    /// Nil for empty text: every item has a category, whatever the office calls it.
    public init?(rawValue: String) {
        guard !rawValue.isEmpty else { return nil }
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        precondition(!value.isEmpty, "an item category is never empty")
        rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let category = ItemCategory(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an item category is never empty"))
        }
        self = category
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    // MARK: The demo's words

    public static let stationery: ItemCategory = "stationery"
    public static let consumables: ItemCategory = "consumables"
    public static let equipment: ItemCategory = "equipment"
}
