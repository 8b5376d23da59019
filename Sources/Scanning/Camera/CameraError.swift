// MARK: - CameraError

/// Why the camera cannot be used or a frame could not be read. A struct around a private
/// enum so cases can be added without breaking callers; match on `code`. Every description
/// says what to do, because an admin setting up a station reads it.
public struct CameraError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable, Hashable {
            case deviceMissing, permissionDenied, deviceUnusable, captureFailed, invalidConfiguration
        }

        fileprivate let base: Base

        /// Nothing exists at the configured device path.
        public static let deviceMissing = Code(base: .deviceMissing)
        /// The device exists but this user may not open it.
        public static let permissionDenied = Code(base: .permissionDenied)
        /// zbar could open nothing usable there (not a camera, busy, no usable format).
        public static let deviceUnusable = Code(base: .deviceUnusable)
        /// Capture stopped while running (camera unplugged, driver error).
        public static let captureFailed = Code(base: .captureFailed)
        /// A configuration value is out of range.
        public static let invalidConfiguration = Code(base: .invalidConfiguration)

        public var description: String { base.rawValue }
    }

    private enum Detail: Sendable, Hashable {
        case deviceMissing(path: String)
        case permissionDenied(path: String)
        case deviceUnusable(path: String, reason: String)
        case captureFailed(path: String, reason: String)
        case invalidConfiguration(reason: String)
    }

    private let detail: Detail

    private init(_ detail: Detail) { self.detail = detail }

    static func deviceMissing(path: String) -> Self { Self(.deviceMissing(path: path)) }
    static func permissionDenied(path: String) -> Self { Self(.permissionDenied(path: path)) }
    static func deviceUnusable(path: String, reason: String) -> Self { Self(.deviceUnusable(path: path, reason: reason)) }
    static func captureFailed(path: String, reason: String) -> Self { Self(.captureFailed(path: path, reason: reason)) }
    static func invalidConfiguration(_ reason: String) -> Self { Self(.invalidConfiguration(reason: reason)) }

    public var code: Code {
        switch detail {
        case .deviceMissing: .deviceMissing
        case .permissionDenied: .permissionDenied
        case .deviceUnusable: .deviceUnusable
        case .captureFailed: .captureFailed
        case .invalidConfiguration: .invalidConfiguration
        }
    }

    public var description: String {
        switch detail {
        case let .deviceMissing(path):
            "There is no camera at \(path). Plug the camera in and check `ls /dev/video* /dev/v4l/by-id/`, "
                + "then set the camera device in the station configuration to the path it shows."
        case let .permissionDenied(path):
            "The camera at \(path) may not be opened by this user. Add the station user to the `video` "
                + "group (`sudo usermod -aG video USER`, then log in again)."
        case let .deviceUnusable(path, reason):
            "The camera at \(path) cannot be used: \(reason). Check that it is a capture device "
                + "(`v4l2-ctl --list-devices`) and that no other program is using it."
        case let .captureFailed(path, reason):
            "The camera at \(path) stopped delivering pictures: \(reason). Check its cable; the station "
                + "reopens it when it is back."
        case let .invalidConfiguration(reason):
            "The camera configuration is not usable: \(reason)."
        }
    }
}
