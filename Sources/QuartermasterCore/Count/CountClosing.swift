public import Foundation

/// Closing a count: who closes it, when, which moves to apply, and the count dates it sets.
/// Accepted moves (all of them with `acceptAllMoves`) are written to the register with the
/// reason "count SESSION"; every asset found gets `lastCounted` and `nextCount`; missing assets
/// stay as they are until someone writes them off.
public struct CountClosing: Sendable, Hashable, Codable {
    public var session: String
    public var closedBy: String
    public var station: String
    public var time: Date
    /// Apply every move found, not only those the auditor accepted at the kiosk.
    public var acceptAllMoves: Bool
    public var lastCounted: CalendarDate
    public var nextCount: CalendarDate

    public init(
        session: String, closedBy: String, station: String, time: Date, acceptAllMoves: Bool,
        lastCounted: CalendarDate, nextCount: CalendarDate
    ) {
        self.session = session
        self.closedBy = closedBy
        self.station = station
        self.time = time
        self.acceptAllMoves = acceptAllMoves
        self.lastCounted = lastCounted
        self.nextCount = nextCount
    }
}
