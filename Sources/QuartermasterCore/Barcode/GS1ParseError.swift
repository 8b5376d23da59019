/// Why a GS1 element string could not be read, and where: the kiosk shows `description` so the
/// keeper knows whether to rescan (a misread) or put the label aside (a badly printed one).
public struct GS1ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    // MARK: Reasons

    private enum Reason: Sendable, Hashable {
        case empty
        case missingAI(found: Unicode.Scalar?)
        case unknownAI(digits: String)
        case malformedBracket
        case tooShort(ai: String, minimum: Int, maximum: Int, found: Int)
        case tooLong(ai: String, maximum: Int, found: Int)
        case invalidCharacter(ai: String, character: Unicode.Scalar, digitsOnly: Bool)
        case badCheckDigit(ai: String, digits: String, expected: Int)
        case invalidDate(ai: String, text: String)
        case invalidTime(ai: String, text: String)
        case invalidValue(ai: String, text: String, rule: String)
        case conflictingDuplicate(ai: String, first: String, second: String)
    }

    private let reason: Reason
    /// Where the problem starts, counted in characters from 0 at the start of the text given to
    /// the parser (after any symbology identifier).
    public let offset: Int

    private init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    // MARK: Making one

    static func empty(at offset: Int) -> Self { .init(.empty, at: offset) }
    static func missingAI(found: Unicode.Scalar?, at offset: Int) -> Self { .init(.missingAI(found: found), at: offset) }
    static func unknownAI(_ digits: String, at offset: Int) -> Self { .init(.unknownAI(digits: digits), at: offset) }
    static func malformedBracket(at offset: Int) -> Self { .init(.malformedBracket, at: offset) }
    static func tooShort(_ ai: String, minimum: Int, maximum: Int, found: Int, at offset: Int) -> Self {
        .init(.tooShort(ai: ai, minimum: minimum, maximum: maximum, found: found), at: offset)
    }
    static func tooLong(_ ai: String, maximum: Int, found: Int, at offset: Int) -> Self {
        .init(.tooLong(ai: ai, maximum: maximum, found: found), at: offset)
    }
    static func invalidCharacter(_ ai: String, _ character: Unicode.Scalar, digitsOnly: Bool, at offset: Int) -> Self {
        .init(.invalidCharacter(ai: ai, character: character, digitsOnly: digitsOnly), at: offset)
    }
    static func badCheckDigit(_ ai: String, digits: String, expected: Int, at offset: Int) -> Self {
        .init(.badCheckDigit(ai: ai, digits: digits, expected: expected), at: offset)
    }
    static func invalidDate(_ ai: String, _ text: String, at offset: Int) -> Self { .init(.invalidDate(ai: ai, text: text), at: offset) }
    static func invalidTime(_ ai: String, _ text: String, at offset: Int) -> Self { .init(.invalidTime(ai: ai, text: text), at: offset) }
    static func invalidValue(_ ai: String, _ text: String, rule: String, at offset: Int) -> Self {
        .init(.invalidValue(ai: ai, text: text, rule: rule), at: offset)
    }
    static func conflictingDuplicate(_ ai: String, first: String, second: String, at offset: Int) -> Self {
        .init(.conflictingDuplicate(ai: ai, first: first, second: second), at: offset)
    }

    // MARK: Reading it

    /// What kind of problem it is, for code that reacts differently to, say, a bad check digit.
    public var kind: Kind {
        switch reason {
        case .empty: .empty
        case .missingAI, .malformedBracket: .missingApplicationIdentifier
        case .unknownAI: .unknownApplicationIdentifier
        case .tooShort: .valueTooShort
        case .tooLong: .valueTooLong
        case .invalidCharacter: .invalidCharacter
        case .badCheckDigit: .badCheckDigit
        case .invalidDate: .invalidDate
        case .invalidTime: .invalidTime
        case .invalidValue: .invalidValue
        case .conflictingDuplicate: .conflictingDuplicate
        }
    }

    /// The AI whose data is wrong, when the problem lies in one AI's data.
    public var ai: String? {
        switch reason {
        case .empty, .missingAI, .unknownAI, .malformedBracket: nil
        case .tooShort(let ai, _, _, _), .tooLong(let ai, _, _), .invalidCharacter(let ai, _, _),
             .badCheckDigit(let ai, _, _), .invalidDate(let ai, _), .invalidTime(let ai, _),
             .invalidValue(let ai, _, _), .conflictingDuplicate(let ai, _, _):
            ai
        }
    }

    /// What is wrong and where, in plain words: "AI 17: date 251332 is not a valid date, at
    /// character 19". Characters are counted from 1 for people.
    public var description: String { "\(message), at character \(offset + 1)" }

    private var message: String {
        switch reason {
        case .empty:
            return "no GS1 data"
        case .missingAI(nil):
            return "the data ends where an application identifier should be"
        case .missingAI(let found?):
            return "expected an application identifier (digits), found \(Self.show(found))"
        case .unknownAI(let digits):
            return "unknown application identifier \(digits)"
        case .malformedBracket:
            return "expected an application identifier in brackets, such as (01)"
        case .tooShort(let ai, let minimum, let maximum, let found):
            if found == 0 { return "AI \(ai): value is empty" }
            if minimum == maximum { return "AI \(ai): expected \(minimum) characters, found \(found)" }
            return "AI \(ai): expected at least \(minimum) characters, found \(found)"
        case .tooLong(let ai, let maximum, let found):
            return "AI \(ai): value is \(found) characters long, at most \(maximum) allowed"
        case .invalidCharacter(let ai, let character, true):
            return "AI \(ai): \(Self.show(character)) is not a digit"
        case .invalidCharacter(let ai, let character, false):
            return "AI \(ai): character \(Self.show(character)) is not allowed"
        case .badCheckDigit(let ai, let digits, let expected):
            return "AI \(ai): check digit of \(digits) is wrong (expected \(expected))"
        case .invalidDate(let ai, let text):
            return "AI \(ai): date \(text) is not a valid date"
        case .invalidTime(let ai, let text):
            return "AI \(ai): time \(text) is not a valid time"
        case .invalidValue(let ai, let text, let rule):
            return "AI \(ai): \(text) \(rule)"
        case .conflictingDuplicate(let ai, let first, let second):
            return "AI \(ai) appears twice with different values (\(first), \(second))"
        }
    }

    /// Control characters shown by name (`GS`, `U+0007`), others in quotes, so the message never
    /// carries a character that would garble the kiosk screen.
    private static func show(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1D: return "GS"
        case 0x20: return "a space"
        case 0x00..<0x20, 0x7F...0x9F:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default: return "'\(scalar)'"
        }
    }
}
