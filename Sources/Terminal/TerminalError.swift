internal import Glibc
public import QuartermasterCore

/// Why the kiosk could not use its terminal, worded for the person setting up the station.
///
/// A struct around a private enum (as in ServiceLifecycle) so cases can be added without
/// breaking callers; match on `code`.
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for matching.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: Sendable, Hashable {
            case notATerminal
            case cannotOpen
            case cannotConfigure
            case cannotWrite
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The descriptor or path is not a terminal (output redirected to a file, wrong device).
        public static let notATerminal = Code(.notATerminal)
        /// The device could not be opened (missing, or no permission).
        public static let cannotOpen = Code(.cannotOpen)
        /// The terminal refused its settings (termios) or could not be queried.
        public static let cannotConfigure = Code(.cannotConfigure)
        /// Writing to the terminal failed (hung up, unplugged serial line).
        public static let cannotWrite = Code(.cannotWrite)

        public var description: String {
            switch base {
            case .notATerminal: "not a terminal"
            case .cannotOpen: "cannot open"
            case .cannotConfigure: "cannot configure"
            case .cannotWrite: "cannot write"
            }
        }
    }

    public let code: Code
    /// The device path or descriptor the error is about, as text.
    public let device: String
    /// The system error number, or 0 when there was none.
    public let errorNumber: Int32

    init(_ code: Code, device: String, errorNumber: Int32 = 0) {
        self.code = code
        self.device = device
        self.errorNumber = errorNumber
    }

    // MARK: Wording

    /// What happened.
    public var message: String {
        let reason = errorNumber == 0 ? "" : " (\(String(cString: strerror(errorNumber))))"
        switch code {
        case .notATerminal: return "\(device) is not a terminal."
        case .cannotOpen: return "Cannot open the terminal \(device)\(reason)."
        case .cannotConfigure: return "Cannot set up the terminal \(device)\(reason)."
        default: return "Cannot write to the terminal \(device)\(reason)."
        }
    }

    /// What to do about it.
    public var advice: String {
        switch code {
        case .notATerminal:
            "Run the kiosk on a console, or pass a terminal device such as /dev/tty1 or /dev/ttyS0."
        case .cannotOpen:
            "Check that the device exists and that the station user may use it (groups tty, dialout)."
        case .cannotConfigure:
            "Check that the device is a console or serial terminal, not a pipe or file."
        default:
            "The console may have been closed or the serial line unplugged; restart the kiosk."
        }
    }

    public var description: String { "\(message) \(advice)" }

    /// The same failure as a `StationProblem`, for code that reports all adapters alike.
    public var problem: StationProblem {
        StationProblem(.system, message, advice: advice)
    }
}
