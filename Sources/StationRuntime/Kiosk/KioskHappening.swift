internal import Terminal

/// One thing the kiosk reacts to: a key, a resize, a scanner's report, the print worker's or
/// the sync client's status, the clock, a reload of the configuration, or the end (Ctrl+C, the terminal gone, the station shutting down).
enum KioskHappening: Sendable {
    case key(Key)
    case resized
    /// The print worker's or the sync client's status changed: the line under the status bar
    /// is redrawn.
    case statusLine
    case scanner(ScannerFeed)
    case tick
    case reload
    case quit
}
