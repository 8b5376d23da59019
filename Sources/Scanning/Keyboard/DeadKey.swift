internal import Foundation

/// The dead keys of European layouts (German `^` and `` ` ``, French `¨`): a dead key types
/// nothing by itself and changes the next character, as a host's compose table would.
///
/// A scanner set to a German layout sends `^` as dead circumflex then space, exactly as a
/// person types it, so the decoder has to resolve the pair itself: it reads the device, not a
/// desktop's input method.
enum DeadKey {
    // MARK: Table

    /// Dead keysym → (the spacing character it types before a space or itself, combining mark).
    private static let table: [UInt32: (spacing: Unicode.Scalar, combining: Unicode.Scalar)] = [
        0xFE50: ("`", "\u{300}"), 0xFE51: ("\u{B4}", "\u{301}"), 0xFE52: ("^", "\u{302}"),
        0xFE53: ("~", "\u{303}"), 0xFE54: ("\u{AF}", "\u{304}"), 0xFE55: ("\u{2D8}", "\u{306}"),
        0xFE56: ("\u{2D9}", "\u{307}"), 0xFE57: ("\u{A8}", "\u{308}"), 0xFE58: ("\u{B0}", "\u{30A}"),
        0xFE59: ("\u{2DD}", "\u{30B}"), 0xFE5A: ("\u{2C7}", "\u{30C}"), 0xFE5B: ("\u{B8}", "\u{327}"),
        0xFE5C: ("\u{2DB}", "\u{328}"),
    ]

    // MARK: Reading

    /// Whether the keysym is a dead key this table knows.
    static func isDead(_ keysym: UInt32) -> Bool { table[keysym] != nil }

    /// What a dead key types before a space, or pressed twice.
    static func spacing(_ keysym: UInt32) -> String {
        table[keysym].map { String($0.spacing) } ?? ""
    }

    /// The dead key whose spacing character is `scalar`, for encoding text through a layout.
    static func keysym(typing scalar: Unicode.Scalar) -> UInt32? {
        table.first { $0.value.spacing == scalar }?.key
    }

    /// A dead key followed by `text`: the accented letter when there is one (`^` `a` → `â`),
    /// the spacing character for a space, else the accent then the text.
    static func compose(_ keysym: UInt32, with text: String) -> String {
        guard let entry = table[keysym] else { return text }
        if text == " " { return String(entry.spacing) }
        let combined = (text + String(entry.combining)).precomposedStringWithCanonicalMapping
        if combined.unicodeScalars.count == text.unicodeScalars.count { return combined }
        return String(entry.spacing) + text
    }
}
