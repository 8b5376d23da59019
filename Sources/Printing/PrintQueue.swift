/// A printer queue as the scheduler reports it.
///
/// The station checks the state before sending a label so it can tell the person at the
/// kiosk "the label printer is stopped" instead of queueing jobs that never print.
public struct PrintQueue: Hashable, Sendable {
    // MARK: Properties

    /// The queue name jobs are sent to, e.g. "qm-pdf".
    public var name: String
    /// Whether the queue is idle, printing, or stopped.
    public var state: State
    /// Why the queue is in its state (IPP `printer-state-reasons`), e.g. "paused",
    /// "media-empty-error"; empty when the scheduler says "none".
    public var reasons: [String]
    /// Where the queue sends its output, e.g. "socket://10.0.0.5:9100" or "file:///…".
    public var deviceURI: String?
    /// The driver's make and model, e.g. "Generic PDF Printer".
    public var makeAndModel: String?
    /// Whether the queue takes new jobs (`cupsreject` turns this off without stopping it).
    public var isAcceptingJobs: Bool
    /// Whether this is the default destination for this user (lpoptions or server default).
    public var isDefault: Bool

    public init(
        name: String, state: State, reasons: [String] = [], deviceURI: String? = nil,
        makeAndModel: String? = nil, isAcceptingJobs: Bool = true, isDefault: Bool = false
    ) {
        self.name = name
        self.state = state
        self.reasons = reasons
        self.deviceURI = deviceURI
        self.makeAndModel = makeAndModel
        self.isAcceptingJobs = isAcceptingJobs
        self.isDefault = isDefault
    }
}
