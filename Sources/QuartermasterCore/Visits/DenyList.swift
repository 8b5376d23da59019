import Foundation

/// Names reception must see before a visitor is signed in. Matching ignores case and width
/// (ＪＯＨＮ　ＤＯＥ is john doe) and runs of spaces: both sides are NFKC-normalised and case-folded.
/// An entry may have aliases; any of them matches. The visitor is never told why.
public struct DenyList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The names this entry matches, as written by staff.
        public var names: [String]
        /// Why, for staff only.
        public var note: String

        public init(names: [String], note: String) {
            self.names = names
            self.note = note
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The entry whose name or alias is this visitor's name, if any.
    public func match(_ name: String) -> Entry? {
        let key = Self.key(name)
        guard !key.isEmpty else { return nil }
        return entries.first { $0.names.contains { Self.key($0) == key } }
    }

    /// The form both sides are compared in: NFKC, case-folded, spaces collapsed.
    public static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
