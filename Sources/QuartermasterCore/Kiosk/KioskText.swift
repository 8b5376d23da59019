/// A short text in each language the kiosk speaks. Jobs describe themselves with these (their
/// title, their key label), so the router can show them without knowing the job.
public struct KioskText: Sendable, Hashable {
    public var english: String
    public var chinese: String

    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .simplifiedChinese ? chinese : english
    }
}
