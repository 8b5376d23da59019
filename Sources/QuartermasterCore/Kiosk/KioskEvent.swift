public import Foundation

/// Everything that can happen to the kiosk. Time arrives inside events: nothing reads a clock.
public enum KioskEvent: Sendable, Hashable {
    case scan(ResolvedScan, at: Date)
    case key(KioskKey, at: Date)
    /// A typed line the engine read as text (`TextEntry`), not as a code.
    case text(String, at: Date)
    /// The clock moved on (for the idle timeout).
    case tick(Date)
    /// A scanner read directly came or went.
    case scanner(ScannerChange)
    /// The answer to a job's effect.
    case answer(AnyJobAnswer, at: Date)
}
