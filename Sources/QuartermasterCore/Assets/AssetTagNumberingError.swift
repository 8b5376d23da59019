/// Why a tag numbering from the configuration cannot be used.
public enum AssetTagNumberingError: Error, Sendable, Hashable, CustomStringConvertible {
    case digits(Int)
    case prefix(String)

    public var description: String {
        switch self {
        case .digits(let digits):
            "asset tag numbers need 1 to \(AssetTagNumbering.maximumDigits) digits, not \(digits)"
        case .prefix(let prefix):
            "the asset tag prefix \"\(prefix)\" holds a space or a control character; a tag must scan back exactly as printed"
        }
    }
}
