internal import CEvdev

/// The type of a Linux input event (`EV_KEY`, `EV_SYN`, ...), as a Swift value.
///
/// Scanner events are read as raw `struct input_event`s; naming the types through libevdev
/// keeps recorded event files (evemu format) and logs readable without exposing C
/// constants in our API.
public struct InputEventType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    // MARK: Value

    /// The kernel's number for the type.
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    // MARK: The types a scanner produces

    /// `EV_SYN`: marks the end of one batch of events.
    public static let synchronization = Self(rawValue: Int(EV_SYN))
    /// `EV_KEY`: key presses, releases and autorepeats.
    public static let key = Self(rawValue: Int(EV_KEY))
    /// `EV_MSC`: miscellaneous, e.g. the USB HID scan code sent before each key event.
    public static let miscellaneous = Self(rawValue: Int(EV_MSC))
    /// `EV_LED`: keyboard LEDs such as Caps Lock.
    public static let led = Self(rawValue: Int(EV_LED))
    /// `EV_REP`: autorepeat settings.
    public static let autorepeat = Self(rawValue: Int(EV_REP))

    // MARK: Names

    /// Looks a type up by its kernel name, e.g. "EV_KEY"; nil if libevdev does not know it.
    public init?(named name: String) {
        let value = name.withCString { libevdev_event_type_from_name($0) }
        guard value >= 0 else { return nil }
        self.init(rawValue: Int(value))
    }

    /// The kernel name, e.g. "EV_KEY"; nil for a number libevdev does not know.
    public var name: String? {
        guard let number = UInt32(exactly: rawValue),
            let name = libevdev_event_type_get_name(number)
        else { return nil }
        return String(cString: name)
    }

    public var description: String { name ?? "EV_\(rawValue)" }
}
