extension PrintJobEntry {
    /// Where a job is in the station's queue. Only `pending` and `submitted` jobs are backlog.
    public enum State: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Waiting to be sent (first time, or again after a failure).
        case pending
        /// Handed to CUPS (or being handed: `cupsJobID` is nil until CUPS answered).
        case submitted
        /// CUPS reports it printed.
        case completed
        /// Given up on; the payload is kept so it can be sent again by hand.
        case failed
        /// Cancelled by a person (at the station or in CUPS).
        case cancelled

        /// Whether the job still needs the station's attention.
        public var isBacklog: Bool { self == .pending || self == .submitted }

        public var description: String { rawValue }
    }
}
