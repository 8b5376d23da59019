#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// Why a scanner device or event file could not be opened, grabbed or read.
///
/// A struct around a private enum, so new cases do not break callers. Every description says
/// what happened and what an admin can do about it (permissions, the udev rule, another
/// program holding the scanner).
public struct EvdevError: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Kinds

    private enum Code: Hashable, Sendable {
        case openFailed(path: String, errno: Int32)
        case notAnInputDevice(path: String, errno: Int32)
        case busy(path: String)
        case grabFailed(path: String, errno: Int32)
        case readFailed(path: String, errno: Int32)
        case deviceGone(path: String)
        case watchFailed(path: String, errno: Int32)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    // MARK: Making errors

    /// `open(2)` failed: missing, or no permission (the udev rule grants it).
    public static func openFailed(path: String, errno: Int32) -> Self { Self(.openFailed(path: path, errno: errno)) }
    /// The file opened but is not an evdev device (libevdev's ioctls failed).
    public static func notAnInputDevice(path: String, errno: Int32) -> Self {
        Self(.notAnInputDevice(path: path, errno: errno))
    }
    /// Another program holds an exclusive grab on the device.
    public static func busy(path: String) -> Self { Self(.busy(path: path)) }
    /// The grab failed for another reason.
    public static func grabFailed(path: String, errno: Int32) -> Self { Self(.grabFailed(path: path, errno: errno)) }
    /// `read(2)` failed.
    public static func readFailed(path: String, errno: Int32) -> Self { Self(.readFailed(path: path, errno: errno)) }
    /// The device was unplugged (ENODEV).
    public static func deviceGone(path: String) -> Self { Self(.deviceGone(path: path)) }
    /// inotify could not watch a directory.
    public static func watchFailed(path: String, errno: Int32) -> Self { Self(.watchFailed(path: path, errno: errno)) }

    // MARK: Reading it

    /// Whether the device went away (unplugged, or its Bluetooth link slept).
    public var isDeviceGone: Bool {
        if case .deviceGone = code { return true }
        return false
    }

    // MARK: For people

    public var description: String {
        switch code {
        case let .openFailed(path, number):
            let hint =
                number == EACCES || number == EPERM
                ? " Install Hardware/70-quartermaster-scanners.rules or add the station user to the input group."
                : ""
            return "Cannot open \(path): \(Self.message(number)).\(hint)"
        case let .notAnInputDevice(path, number):
            return "\(path) is not an input device (\(Self.message(number))). Name a /dev/input/event* or /dev/input/by-id/* path."
        case let .busy(path):
            return "Another program holds \(path) exclusively. Stop it (another quartermaster, a barcode daemon) and plug the scanner in again."
        case let .grabFailed(path, number):
            return "Cannot take \(path) for this station alone: \(Self.message(number))."
        case let .readFailed(path, number):
            return "Reading \(path) failed: \(Self.message(number))."
        case let .deviceGone(path):
            return "The scanner \(path) was unplugged or went to sleep; a scan in progress was dropped. Plug it in again."
        case let .watchFailed(path, number) where number == ENOENT:
            return "\(path) does not exist: this machine (or container) has no input devices, so no scanner can be read."
        case let .watchFailed(path, number):
            return "Cannot watch \(path) for new scanners: \(Self.message(number)). Restart the station to pick up new scanners."
        }
    }

    private static func message(_ number: Int32) -> String {
        guard let text = strerror(number) else { return "error \(number)" }
        return String(cString: text)
    }
}
