/// What ended a scan, so a log can tell a scanner sending Enter from one that only paused.
public enum ScanEnding: String, Hashable, Sendable, Codable {
    /// The Enter suffix.
    case enter
    /// The Tab suffix.
    case tab
    /// No key for longer than the inter-key timeout (scanners set to send no suffix).
    case timeout
    /// The recording or pipe ended in the middle of a scan.
    case endOfInput
    /// Events were lost (`SYN_DROPPED`) or the device vanished in the middle of a scan.
    case interrupted
}
