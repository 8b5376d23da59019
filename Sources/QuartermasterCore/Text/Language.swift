/// The languages the station speaks: its kiosk texts and printed forms.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
    case english = "en"
    case simplifiedChinese = "zh-Hans"

    /// Picks the language from a POSIX locale name such as `LANG=zh_CN.UTF-8`; English otherwise.
    public init(posixLocale: String?) {
        let name = (posixLocale ?? "").lowercased()
        if name.hasPrefix("zh") {
            self = .simplifiedChinese
        } else {
            self = .english
        }
    }

    /// Parses a config value: `en`, `english`, `zh`, `zh-Hans`, `zh_CN`, `chinese`.
    public init?(configValue: String) {
        switch configValue.lowercased() {
        case "en", "english", "en_us", "en-us", "en_gb", "en-gb": self = .english
        case "zh", "zh-hans", "zh_cn", "zh-cn", "chinese", "simplified-chinese": self = .simplifiedChinese
        default: return nil
        }
    }
}
