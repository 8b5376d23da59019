public import QuartermasterCore

/// One stock movement in the central ledger: the station's movement as its event recorded it,
/// and the event it came from, so every row of the export traces back to one fact.
public struct CentralMovement: Sendable, Hashable {
    public var eventID: String
    public var movement: StockMovement

    public init(eventID: String, movement: StockMovement) {
        self.eventID = eventID
        self.movement = movement
    }
}
