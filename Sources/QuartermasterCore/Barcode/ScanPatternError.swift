/// A scan pattern in the station configuration that cannot be used. Raised when the
/// configuration is loaded, so a typo stops the station at start-up with a clear message
/// instead of silently never recognising badges.
public struct ScanPatternError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: Sendable, Hashable {
        case invalidRegex(detail: String)
        case notConfigurable
        case unknownName
    }

    private let reason: Reason
    /// The pattern's name as the configuration writes it: "badge", "assetTag".
    public let pattern: String
    /// The regular expression given for it, when there was one.
    public let regex: String?

    private init(_ reason: Reason, pattern: String, regex: String?) {
        self.reason = reason
        self.pattern = pattern
        self.regex = regex
    }

    // MARK: Making one

    static func invalidRegex(_ kind: ScanKind, _ regex: String, detail: String) -> Self {
        .init(.invalidRegex(detail: detail), pattern: kind.rawValue, regex: regex)
    }

    static func notConfigurable(_ kind: ScanKind, _ regex: String) -> Self {
        .init(.notConfigurable, pattern: kind.rawValue, regex: regex)
    }

    static func unknownName(_ name: String) -> Self {
        .init(.unknownName, pattern: name, regex: nil)
    }

    // MARK: Reading it

    public var description: String {
        switch reason {
        case .invalidRegex(let detail):
            return "Scan pattern \"\(pattern)\" is not a valid regular expression (\(regex ?? "")): \(detail). "
                + "Correct it in the station configuration."
        case .notConfigurable:
            return "Scan pattern \"\(pattern)\" cannot be configured: it is what the station says when nothing matches."
        case .unknownName:
            let names = ScanPatterns.configurableKinds.map(\.rawValue).joined(separator: ", ")
            return "There is no scan pattern \"\(pattern)\"; the patterns are \(names)."
        }
    }
}
