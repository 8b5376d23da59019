public import Foundation
public import QuartermasterCore
public import Scanning
public import Station

/// What reaches the kiosk from scanners it reads itself, rather than through the terminal.
public enum ScannerFeed: Sendable {
    /// A complete scan, as the bytes the scanner sent.
    case scan([UInt8])
    /// A scan the reader already found wrong (cut off at 4 KiB).
    case refused(String, ScanProblem)
    case change(ScannerChange)

    /// What a decoded scan gives the kiosk: its bytes (invalid UTF-8 is flagged by the
    /// classifier, not guessed), a too-long scan refused as such, nothing for one cut short by
    /// an interruption (acting on part of a code is worse than nothing).
    public init?(_ scan: DecodedScan) {
        switch scan.problem {
        case .interrupted, .unterminated: return nil
        case .tooLong: self = .refused(DecodedScan.escaped(Array(scan.bytes.prefix(32))) + "…", .tooLong)
        case .invalidUTF8, nil: self = .scan(scan.bytes)
        }
    }
}

extension KioskEngine {
    @discardableResult
    /// Hands one scanner report to the flow; returns the sound the terminal should play.
    public mutating func take(_ feed: ScannerFeed, at now: Date) -> KioskCue? {
        switch feed {
        case .scan(let bytes): return scan(bytes: bytes, at: now)
        case .refused(let text, let problem): return refuse(text, problem, at: now)
        case .change(let change): return scannerChanged(change, at: now)
        }
    }
}
