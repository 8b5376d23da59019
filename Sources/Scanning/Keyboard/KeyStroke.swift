/// One key a scanner presses, with the modifier keys it holds down around it (evdev codes).
/// What a character becomes when a scanner types it through a layout.
public struct KeyStroke: Hashable, Sendable {
    /// The key, e.g. 30 for `KEY_A`.
    public var key: Int
    /// Modifier keys held while it is pressed, in pressing order, e.g. `[KEY_LEFTSHIFT]`.
    public var modifiers: [Int]

    public init(key: Int, modifiers: [Int] = []) {
        self.key = key
        self.modifiers = modifiers
    }
}
