internal import CEvdev

/// A libevdev device that exists only in memory: a name and the event codes it supports.
///
/// It describes what a scanner must be able to send (digits, letters, Enter, Shift) so a
/// real device's capabilities can be compared with it, and it is the first owner of a
/// `struct libevdev` in our code: the reader that opens `/dev/input/event*` will own its
/// device the same way (create, use, free in `deinit`). Needs no device file.
///
/// Not `Sendable`: a libevdev device is not thread-safe.
public final class VirtualDeviceDescription {
    // MARK: Owned C object

    private let device: OpaquePointer

    // MARK: Making a description

    /// An empty description with this name; enable codes with `enable(_:)`.
    public init(name: String) throws(InputDeviceError) {
        guard let device = libevdev_new() else { throw .outOfMemory }
        self.device = device
        self.name = name
    }

    deinit {
        libevdev_free(device)
    }

    // MARK: Name

    /// The device name, as a scanner reports it (e.g. "Honeywell Imaging 1900").
    public var name: String {
        get { libevdev_get_name(device).map { String(cString: $0) } ?? "" }
        set { newValue.withCString { libevdev_set_name(device, $0) } }
    }

    // MARK: Capabilities

    /// Marks a code (and its type) as supported. Only codes that need no extra data, such
    /// as keys, can be enabled this way.
    public func enable(_ eventCode: InputEventCode) throws(InputDeviceError) {
        guard let type = UInt32(exactly: eventCode.type.rawValue),
            let code = UInt32(exactly: eventCode.code),
            libevdev_enable_event_code(device, type, code, nil) == 0
        else { throw .cannotEnable(eventCode) }
    }

    /// Whether the description supports this code.
    public func supports(_ eventCode: InputEventCode) -> Bool {
        guard let type = UInt32(exactly: eventCode.type.rawValue),
            let code = UInt32(exactly: eventCode.code)
        else { return false }
        return libevdev_has_event_code(device, type, code) != 0
    }

    /// Whether the description supports any code of this type.
    public func supports(_ type: InputEventType) -> Bool {
        guard let type = UInt32(exactly: type.rawValue) else { return false }
        return libevdev_has_event_type(device, type) != 0
    }
}
