/// Why a decoded scan must not be acted on as it is. The kiosk shows it and asks for a rescan;
/// a log keeps it, so an admin can tell a misconfigured scanner from a damaged label.
public enum DecodedScanProblem: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// More than the limit (4 KiB) arrived: the rest was cut off and the scan is refused.
    case tooLong
    /// The bytes (from Alt+keypad codes) are not UTF-8: flagged, never guessed.
    case invalidUTF8
    /// Key events were lost or the device vanished: characters may be missing.
    case interrupted
    /// The input ended before the scan's terminator.
    case unterminated

    public var description: String {
        switch self {
        case .tooLong: "longer than 4 KiB: cut off and refused"
        case .invalidUTF8: "not UTF-8 (check the scanner's code page setting)"
        case .interrupted: "events lost or scanner unplugged mid-scan: dropped"
        case .unterminated: "no Enter/Tab at the end (check the scanner's suffix setting)"
        }
    }
}
