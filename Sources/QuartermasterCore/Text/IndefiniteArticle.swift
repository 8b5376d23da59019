/// "an asset tag", "a badge": the English article by the noun's first letter (the kiosk's own
/// nouns only, none of which starts with a silent h or a "you" sound).
enum IndefiniteArticle {
    static func prefixed(_ noun: String, _ language: Language) -> String {
        guard language != .simplifiedChinese else { return noun }
        return ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }
}
