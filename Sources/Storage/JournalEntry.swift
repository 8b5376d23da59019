public import Foundation
public import QuartermasterCore

/// One fact in the station's journal, as the sync client sends it to the centre. Entries are
/// immutable; `(station, sequence)` counts 1, 2, 3, … per station with no gaps, so the centre
/// can tell when it has missed one, and the UUIDv7 `id` makes entries unique across stations.
public struct JournalEntry: Sendable, Hashable, Codable {
    public var id: UUID
    public var station: String
    public var sequence: Int64
    /// Badge of the person whose action this records.
    public var actorBadge: String
    public var time: Date
    public var kind: JournalEventKind
    /// The fact as JSON with sorted keys; times in it are milliseconds since 1970 UTC.
    public var payload: String

    public init(id: UUID, station: String, sequence: Int64, actorBadge: String, time: Date, kind: JournalEventKind, payload: String) {
        self.id = id
        self.station = station
        self.sequence = sequence
        self.actorBadge = actorBadge
        self.time = time
        self.kind = kind
        self.payload = payload
    }
}
