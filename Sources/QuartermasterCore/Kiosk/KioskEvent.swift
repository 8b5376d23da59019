public import Foundation

/// Everything that can happen to the kiosk. Time arrives inside events: the flow never reads a clock.
public enum KioskEvent: Sendable, Hashable {
    case scan(ResolvedScan, at: Date)
    case key(KioskKey, at: Date)
    /// The clock moved on (for the idle timeout).
    case tick(Date)
    case pickupRecorded(PickupOutcome, at: Date)
    case pickupRefused(StationProblem, at: Date)
    case stockChangeRecorded(Item, StockChange)
    case stockChangeRefused(StationProblem, at: Date)
    /// The slip went out; the text says where (a printer queue or a file).
    case slipProduced(String)
    case slipFailed(StationProblem)
    case scanner(ScannerChange)
}
