// MARK: - LabelFieldTemplate

/// Text with `{field}` placeholders filled per label (`{tag}`, `Host: {host}`). Parsed when
/// the template is read, so a typo like an unclosed brace is reported before anything prints.
/// `{{` and `}}` stand for literal braces.
public struct LabelFieldTemplate: Sendable, Hashable, Codable, CustomStringConvertible {
    private enum Segment: Sendable, Hashable {
        case literal(String)
        case field(String)
    }

    /// The text as written in the template file.
    public let description: String
    private let segments: [Segment]

    /// Parses `text`; unbalanced braces and empty names are errors naming the text.
    public init(_ text: String) throws(LabelError) {
        var segments: [Segment] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let following = next < text.endIndex ? text[next] : nil
            switch (character, following) {
            case ("{", "{"), ("}", "}"):
                literal.append(character)
                index = text.index(after: next)
            case ("{", _):
                guard let close = text[next...].firstIndex(of: "}") else {
                    throw .templateInvalid("field text \"\(text)\"", reason: "a \"{\" is never closed with \"}\"")
                }
                let name = text[next..<close].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, !name.contains("{") else {
                    throw .templateInvalid("field text \"\(text)\"", reason: "\"{…}\" must hold a field name")
                }
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(.field(name))
                index = text.index(after: close)
            case ("}", _):
                throw .templateInvalid("field text \"\(text)\"", reason: "a \"}\" has no \"{\" before it (write \"}}\" for a brace)")
            default:
                literal.append(character)
                index = next
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.description = text
        self.segments = segments
    }

    /// The field names used, in order.
    public var fieldNames: [String] {
        segments.compactMap { if case let .field(name) = $0 { name } else { nil } }
    }

    /// The text with every field filled from `values`; a field without a value (or with an
    /// empty one and no default) names itself in the error.
    func fill(_ values: [String: String], defaults: [String: String], template: String) throws(LabelError) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case let .literal(text):
                result += text
            case let .field(name):
                if let value = values[name], !value.isEmpty {
                    result += value
                } else if let fallback = defaults[name] {
                    result += fallback
                } else {
                    throw .missingField(name, template: template)
                }
            }
        }
        return result
    }

    // MARK: Codable

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
