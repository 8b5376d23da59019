internal import QuartermasterCore

/// The refusals about events both stores give, worded once.
enum EventRules {
    static func idTaken(_ event: SyncEvent) -> CentralStoreError {
        CentralStoreError(
            .conflict,
            "Event id \(event.id) (station \(TerminalText.escaped(event.station)), sequence \(event.sequence)) is stored already under another station or sequence; nothing of the batch was stored.",
            advice: "Tell the administrator: two journals share an event id (was a station database copied?).")
    }
}
