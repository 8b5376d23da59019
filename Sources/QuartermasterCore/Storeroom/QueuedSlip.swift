public import Foundation

/// A pickup slip the station owes: written in the same transaction as the pickup it records
/// (or the reprint someone asked for), so a crash before it was printed or filed loses nothing;
/// the station produces it afterwards, and again after a restart until it is marked produced.
public struct QueuedSlip: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var slip: PickupSlip
    /// The slip this one reprints; nil for a pickup's own slip.
    public var reprintOf: UUID?

    public init(id: UUID, slip: PickupSlip, reprintOf: UUID? = nil) {
        self.id = id
        self.slip = slip
        self.reprintOf = reprintOf
    }
}
