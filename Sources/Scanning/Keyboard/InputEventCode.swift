internal import CEvdev

/// One input event code (type and code, e.g. `EV_KEY`/`KEY_ENTER`), named through libevdev.
///
/// Recorded scanner sessions, hwdb entries and logs all name codes ("KEY_ENTER"); libevdev
/// holds the kernel's table of names, so we translate through it instead of keeping our
/// own copy that would drift from the kernel headers.
public struct InputEventCode: Hashable, Sendable, CustomStringConvertible {
    // MARK: Value

    /// The event type, e.g. `.key`.
    public let type: InputEventType
    /// The code within the type, e.g. 28 for `KEY_ENTER`.
    public let code: Int

    public init(type: InputEventType, code: Int) {
        self.type = type
        self.code = code
    }

    /// Looks a code up by its kernel name alone ("KEY_A", "BTN_LEFT", "SYN_REPORT"); the
    /// prefix says the type. Nil if libevdev does not know the name.
    public init?(named name: String) {
        let type = name.withCString { libevdev_event_type_from_code_name($0) }
        guard type >= 0, let code = Self.code(named: name, type: InputEventType(rawValue: Int(type))) else {
            return nil
        }
        self.init(type: InputEventType(rawValue: Int(type)), code: code)
    }

    // MARK: Names

    /// The kernel name of this code, e.g. "KEY_ENTER".
    public var name: String? { Self.name(type: type, code: code) }

    public var description: String { name ?? "\(type):\(code)" }

    /// The kernel name of a code, e.g. (`.key`, 28) → "KEY_ENTER"; nil if unknown.
    public static func name(type: InputEventType, code: Int) -> String? {
        guard let type = UInt32(exactly: type.rawValue), let code = UInt32(exactly: code),
            let name = libevdev_event_code_get_name(type, code)
        else { return nil }
        return String(cString: name)
    }

    /// The number of a named code, e.g. "KEY_A" → 30; the type comes from the prefix.
    public static func code(named name: String) -> Int? {
        InputEventCode(named: name)?.code
    }

    /// The number of a named code of a given type, e.g. (`.key`, "KEY_A") → 30.
    public static func code(named name: String, type: InputEventType) -> Int? {
        guard let type = UInt32(exactly: type.rawValue) else { return nil }
        let code = name.withCString { libevdev_event_code_from_name(type, $0) }
        return code >= 0 ? Int(code) : nil
    }
}
