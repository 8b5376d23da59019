extension PrintJob {
    /// IPP `job-state`.
    public enum State: Int, Hashable, Sendable, CustomStringConvertible {
        /// Waiting for the printer.
        case pending = 3
        /// Held until released.
        case held = 4
        /// Being converted or sent.
        case processing = 5
        /// Stopped part way (the queue was stopped).
        case stopped = 6
        /// Canceled by a person or program.
        case canceled = 7
        /// Failed (a filter or the backend gave up).
        case aborted = 8
        /// Sent to the printer completely.
        case completed = 9

        /// Whether the job will not change any more.
        public var isFinished: Bool {
            switch self {
            case .canceled, .aborted, .completed: true
            case .pending, .held, .processing, .stopped: false
            }
        }

        public var description: String {
            switch self {
            case .pending: "pending"
            case .held: "held"
            case .processing: "processing"
            case .stopped: "stopped"
            case .canceled: "canceled"
            case .aborted: "aborted"
            case .completed: "completed"
            }
        }
    }
}
