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
        try make(ordered: ordered(events, from: station), acknowledged: mark)
    }

    /// The batch's checks that need no mark, and the batch in sequence order, each sequence
    /// once: a store may do this, and read the batch, before it takes the station's lock.
    static func ordered(_ events: [SyncEvent], from station: AuthenticatedStation) throws -> [SyncEvent] {
        if let foreign = events.first(where: { $0.station != station.station }) {
            throw CentralStoreError(
                .foreignStation,
                "Event \(foreign.id) belongs to station \(foreign.station), but the token is station \(station.station)'s (\(station.name)); nothing was stored.",
                advice: "A station pushes only its own journal; check that the station uses its own token.")
        }
        func damaged(_ event: SyncEvent) -> Bool { event.sequence < 1 }
        // A station sends its journal in order: then there is nothing to sort or pair up.
        if events.first.map(damaged) != true, zip(events, events.dropFirst()).allSatisfy({ $1.sequence == $0.sequence + 1 }) {
            return events
        }
        var bySequence: [Int64: SyncEvent] = [:]
        for event in events {
            guard !damaged(event) else {
                throw CentralStoreError(.invalidInput, "Event \(event.id) has sequence \(event.sequence); sequences start at 1.", advice: "Tell the administrator: the station's journal is damaged.")
            }
            if let twin = bySequence[event.sequence], twin != event {
                throw CentralStoreError(
                    .invalidInput, "The batch holds two different events with sequence \(event.sequence) (\(twin.id) and \(event.id)); nothing was stored.",
                    advice: "Tell the administrator: the station's journal is damaged.")
            }
            bySequence[event.sequence] = event
        }
        return bySequence.values.sorted { $0.sequence < $1.sequence }
    }

    /// The plan of a batch `ordered` returned, against the station's mark.
    static func make(ordered: [SyncEvent], acknowledged mark: Int64) throws -> PushPlan {
        let split = ordered.firstIndex { $0.sequence > mark } ?? ordered.endIndex
        let known = Array(ordered[..<split])
        let fresh = Array(ordered[split...])
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
