/// How a simulated scanner types: the settings of a real scanner that change which keys it
/// sends for the same data.
public struct KeyEncodingStyle: Hashable, Sendable {
    /// How GS (ASCII 29, the GS1 separator) is sent.
    public enum GroupSeparator: Hashable, Sendable {
        /// Ctrl+] (the key at the US `]` position).
        case controlBracket
        /// Alt + keypad 0 2 9.
        case altKeypad
    }

    public var groupSeparator: GroupSeparator
    /// Every character as Alt + keypad decimal code ("keypad emulation").
    public var altKeypadForAll: Bool
    /// Press CapsLock before the data (and type letters accordingly), as a scanner that finds
    /// CapsLock on or toggles it.
    public var capsLock: Bool

    public init(groupSeparator: GroupSeparator = .controlBracket, altKeypadForAll: Bool = false, capsLock: Bool = false) {
        self.groupSeparator = groupSeparator
        self.altKeypadForAll = altKeypadForAll
        self.capsLock = capsLock
    }
}
