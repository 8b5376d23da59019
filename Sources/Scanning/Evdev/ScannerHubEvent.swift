/// What the scanners of a station did, as the hub reports it to the kiosk.
public enum ScannerHubEvent: Hashable, Sendable {
    /// A scanner was found, opened and grabbed (at start or plugged in).
    case connected(ScannerIdentity)
    /// A complete scan (or a flagged one: check `problem` before acting on it).
    case scan(DecodedScan)
    /// A scanner went away; `dropped` is the scan it was in the middle of, if any.
    case disconnected(ScannerIdentity, dropped: DecodedScan?)
    /// A device was left alone: not a scanner, or it could not be opened or grabbed.
    case skipped(path: String, reason: String)
}
