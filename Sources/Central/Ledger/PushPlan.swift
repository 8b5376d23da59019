internal import QuartermasterCore
/// What one push stores, decided before anything is written, the same way for both stores: the
/// batch in sequence order, the part the centre already has (skipped, but its ids checked),
/// and the new events, which must continue the station's sequence without a hole.
struct PushPlan: Sendable {
    /// Events at or below the high-water mark: stored already, to be checked, not stored again.
    var known: [SyncEvent]
    /// Events above the mark, consecutive from `acknowledged + 1`.
    var fresh: [SyncEvent]
    /// The mark after this push.
    var acknowledged: Int64

    /// Refuses another station's events (`.foreignStation`), a sequence sent twice with two ids
    /// (`.invalidInput`), a batch that starts after `acknowledged + 1` (`PushGap`) and a batch
    /// with a hole inside (`.invalidInput`). A batch may arrive reordered or overlap the mark.
    static func make(_ events: [SyncEvent], from station: AuthenticatedStation, acknowledged mark: Int64) throws -> PushPlan {
        if let foreign = events.first(where: { $0.station != station.station }) {
            throw CentralStoreError(
                .foreignStation,
                "Event \(foreign.id) belongs to station \(foreign.station), but the token is station \(station.station)'s (\(station.name)); nothing was stored.",
                advice: "A station pushes only its own journal; check that the station uses its own token.")
        }
        var bySequence: [Int64: SyncEvent] = [:]
        for event in events {
            guard event.sequence >= 1 else {
                throw CentralStoreError(.invalidInput, "Event \(event.id) has sequence \(event.sequence); sequences start at 1.", advice: "Tell the administrator: the station's journal is damaged.")
            }
            if let twin = bySequence[event.sequence], twin != event {
                throw CentralStoreError(
                    .invalidInput, "The batch holds two different events with sequence \(event.sequence) (\(twin.id) and \(event.id)); nothing was stored.",
                    advice: "Tell the administrator: the station's journal is damaged.")
            }
            bySequence[event.sequence] = event
        }
        let sorted = bySequence.values.sorted { $0.sequence < $1.sequence }
        let known = sorted.filter { $0.sequence <= mark }
        let fresh = sorted.filter { $0.sequence > mark }
        if let first = fresh.first, first.sequence != mark + 1 {
            throw PushGap(acknowledged: mark, received: first.sequence)
        }
        for (offset, event) in fresh.enumerated() where event.sequence != mark + 1 + Int64(offset) {
            throw CentralStoreError(
                .invalidInput, "The batch skips from sequence \(mark + Int64(offset)) to \(event.sequence); nothing was stored.",
                advice: "Send the station's events without holes, in sequence order.")
        }
        return PushPlan(known: known, fresh: fresh, acknowledged: fresh.last?.sequence ?? mark)
    }

    /// Refuses a resent event whose id differs from the one stored under its sequence: the
    /// station's journal was rewritten, and storing either would lose a fact.
    func checkKnown(storedIDs: [Int64: String], station: String) throws {
        for event in known {
            guard let stored = storedIDs[event.sequence] else { continue }
            guard stored == event.id else {
                throw CentralStoreError(
                    .conflict,
                    "Station \(station)'s event \(event.sequence) is stored as \(stored), but the batch sends \(event.id) under that number; nothing was stored.",
                    advice: "Tell the administrator: the station's journal does not match what the centre has (was the database restored from a backup?).")
            }
        }
    }
}
