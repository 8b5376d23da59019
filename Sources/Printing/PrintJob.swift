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
    /// The job's name (IPP `job-name`, the title it was submitted with), when the scheduler
    /// reported it. The station puts its own job id in it, so a job sent just before a crash
    /// can be found again instead of being sent twice.
    public var name: String?
    /// The queue the job was sent to, when the scheduler reported it.
    public var queue: String?

    public init(
        id: Int, state: State, reasons: [String] = [], message: String? = nil, name: String? = nil,
        queue: String? = nil
    ) {
        self.id = id
        self.state = state
        self.reasons = reasons
        self.message = message
        self.name = name
        self.queue = queue
    }
}
