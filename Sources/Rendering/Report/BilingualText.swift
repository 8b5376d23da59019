import Foundation
public import QuartermasterCore

// MARK: - BilingualText

/// A fixed word of a printed form in both of the station's languages. Office forms here are
/// bilingual ("在位 Found"), so both are printed by default, the station's language first.
public struct BilingualText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The word as printed: `language`'s alone, or both with `language`'s first. Equal
    /// words (a code, a number) print once.
    public func string(in language: Language, bilingual: Bool) -> String {
        let (first, second) = language == .simplifiedChinese ? (zh, en) : (en, zh)
        guard bilingual, !second.isEmpty, second != first else { return first }
        guard !first.isEmpty else { return second }
        return first + " " + second
    }

    /// Both sides with each `{key}` replaced, for words that carry numbers ("Page {n} of {m}").
    func filled(_ values: [String: String]) -> BilingualText {
        func fill(_ text: String) -> String {
            values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        return BilingualText(zh: fill(zh), en: fill(en))
    }
}
