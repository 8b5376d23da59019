// MARK: - LabelElement

/// One thing on a label. In YAML each element is a mapping with a `type` key
/// (`qr`, `text`, `code128`, `line`, `box`) beside that element's own keys.
public enum LabelElement: Sendable, Hashable, Codable {
    case qr(LabelQRElement)
    case text(LabelTextElement)
    case code128(LabelCode128Element)
    case line(LabelLineElement)
    case box(LabelBoxElement)

    private enum Kind: String, Codable {
        case qr, text, code128, line, box
    }

    private enum TypeKey: String, CodingKey {
        case type
    }

    /// The field names this element prints.
    public var fieldNames: [String] {
        switch self {
        case let .qr(element): element.data.fieldNames
        case let .text(element): element.text.fieldNames
        case let .code128(element): element.data.fieldNames
        case .line, .box: []
        }
    }

    // MARK: Codable

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: TypeKey.self).decode(Kind.self, forKey: .type)
        switch kind {
        case .qr: self = .qr(try LabelQRElement(from: decoder))
        case .text: self = .text(try LabelTextElement(from: decoder))
        case .code128: self = .code128(try LabelCode128Element(from: decoder))
        case .line: self = .line(try LabelLineElement(from: decoder))
        case .box: self = .box(try LabelBoxElement(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case let .qr(element):
            try container.encode(Kind.qr, forKey: .type)
            try element.encode(to: encoder)
        case let .text(element):
            try container.encode(Kind.text, forKey: .type)
            try element.encode(to: encoder)
        case let .code128(element):
            try container.encode(Kind.code128, forKey: .type)
            try element.encode(to: encoder)
        case let .line(element):
            try container.encode(Kind.line, forKey: .type)
            try element.encode(to: encoder)
        case let .box(element):
            try container.encode(Kind.box, forKey: .type)
            try element.encode(to: encoder)
        }
    }
}
