/// Which keys end a scan. Scanners are set up (with a configuration barcode) to send a suffix
/// after every scan; Enter is the factory default almost everywhere, Tab is common where the
/// scanner feeds forms.
public struct ScanTerminators: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Enter or keypad Enter.
    public static let enter = Self(rawValue: 1 << 0)
    /// Tab.
    public static let tab = Self(rawValue: 1 << 1)
}
