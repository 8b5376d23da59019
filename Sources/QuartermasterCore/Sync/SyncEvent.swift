/// One journal entry as it travels from a station to the centre: the station's own record,
/// unchanged. `(station, sequence)` counts 1, 2, 3, … with no gaps; `id` (a UUIDv7, lowercase)
/// is unique across stations, so the centre stores each event once whatever is resent.
public struct SyncEvent: Sendable, Hashable, Codable {
    public var id: String
    public var station: String
    public var sequence: Int64
    /// Badge of the person whose action this records.
    public var actor: String
    /// Milliseconds since 1970 UTC, as recorded at the station.
    public var time: Int64
    /// A `JournalEventKind` raw value (kept as text: a newer station may send kinds an older
    /// centre does not know, and those are stored, never refused).
    public var kind: String
    /// The fact as the station's JSON text, byte for byte.
    public var payload: String

    public init(id: String, station: String, sequence: Int64, actor: String, time: Int64, kind: String, payload: String) {
        self.id = id
        self.station = station
        self.sequence = sequence
        self.actor = actor
        self.time = time
        self.kind = kind
        self.payload = payload
    }
}
