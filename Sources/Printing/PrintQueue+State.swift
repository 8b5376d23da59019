extension PrintQueue {
    /// IPP `printer-state`.
    public enum State: Int, Hashable, Sendable, CustomStringConvertible {
        /// Waiting for jobs.
        case idle = 3
        /// Printing a job.
        case processing = 4
        /// Disabled (`cupsdisable`) or stopped by an error; jobs wait until it is enabled.
        case stopped = 5

        public var description: String {
            switch self {
            case .idle: "idle"
            case .processing: "processing"
            case .stopped: "stopped"
            }
        }
    }
}
