internal import Terminal

/// One thing the kiosk reacts to: a key, a resize, a scanner's report, the clock, a reload of
/// the configuration, or the end (Ctrl+C, the terminal gone, the station shutting down).
enum KioskHappening: Sendable {
    case key(Key)
    case resized
    case scanner(ScannerFeed)
    case tick
    case reload
    case quit
}
