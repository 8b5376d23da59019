/// A job the scheduler has accepted, as last reported.
///
/// The station follows a label's job until it is finished so it can tell the person
/// whether the label came out, rather than assuming it did once the queue took it.
public struct PrintJob: Hashable, Sendable {
    // MARK: Properties

    /// The scheduler's job id (unique per server).
    public var id: Int
    /// The job's state.
    public var state: State
    /// Why the job is in its state (IPP `job-state-reasons`), e.g. "job-completed-successfully",
    /// "job-canceled-by-user"; empty when the scheduler says "none".
    public var reasons: [String]
    /// The scheduler's last message about the job, e.g. a backend's connection error.
    public var message: String?

    public init(id: Int, state: State, reasons: [String] = [], message: String? = nil) {
        self.id = id
        self.state = state
        self.reasons = reasons
        self.message = message
    }
}
