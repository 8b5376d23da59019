/// Why text could not be turned into key events through a layout.
public struct KeyEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The character no key (or dead key) of the layout types.
    public let character: Character
    /// The layout.
    public let layout: String

    public init(character: Character, layout: String) {
        self.character = character
        self.layout = layout
    }

    public var description: String {
        "The layout \"\(layout)\" has no key for \(character.unicodeScalars.map { "U+" + String($0.value, radix: 16) }.joined(separator: " ")); use keypad emulation (Alt codes) for it."
    }
}
