public import Foundation

/// A job as the spooler sees it: a document for a queue, and how far it got.
public struct SpooledPrintJob: Sendable, Hashable {
    /// Whether the job waits to be sent or CUPS has (or may have) it.
    public enum Stage: Sendable, Hashable {
        case pending
        case submitted
    }

    /// The station's id for the job, also carried in the CUPS job name.
    public var id: UUID
    public var queue: String
    public var format: PrintDocumentFormat
    /// What the job is, for people ("Pickup slip YPQ-2024-001").
    public var title: String
    /// IPP job options as `lp -o` takes them.
    public var options: [String: String]
    /// The bytes to send; nil in listings of submitted jobs, which need no document.
    public var document: [UInt8]?
    public var stage: Stage
    /// The scheduler's id once CUPS accepted the job.
    public var cupsJobID: Int?
    /// Failed attempts so far.
    public var attempts: Int
    /// When the job last changed: a submission without a CUPS id that is older than the
    /// spooler's grace time was cut short by a crash.
    public var updated: Date

    public init(
        id: UUID, queue: String, format: PrintDocumentFormat, title: String, options: [String: String] = [:],
        document: [UInt8]?, stage: Stage, cupsJobID: Int? = nil, attempts: Int = 0, updated: Date
    ) {
        self.id = id
        self.queue = queue
        self.format = format
        self.title = title
        self.options = options
        self.document = document
        self.stage = stage
        self.cupsJobID = cupsJobID
        self.attempts = attempts
        self.updated = updated
    }

    // MARK: The name CUPS knows it by

    /// The CUPS job name: the station's job id first (so it survives any truncation), then the
    /// title people see in `lpstat`.
    public var cupsJobName: String {
        Self.namePrefix(id) + " " + title
    }

    /// What every CUPS job name of the job with this id starts with.
    public static func namePrefix(_ id: UUID) -> String {
        "qm-" + id.uuidString.lowercased()
    }
}
