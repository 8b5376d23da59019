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
    /// The claim (a random token per `beginSubmission`) under which a spooler is sending the
    /// job; nil when no claim is held, or for a claim left by a version that had none.
    public var claim: UUID?
    /// Failed attempts so far.
    public var attempts: Int
    /// When the job last changed: a submission without a CUPS id that is older than the
    /// spooler's grace time was cut short by a crash.
    public var updated: Date

    public init(
        id: UUID, queue: String, format: PrintDocumentFormat, title: String, options: [String: String] = [:],
        document: [UInt8]?, stage: Stage, cupsJobID: Int? = nil, claim: UUID? = nil, attempts: Int = 0,
        updated: Date
    ) {
        self.id = id
        self.queue = queue
        self.format = format
        self.title = title
        self.options = options
        self.document = document
        self.stage = stage
        self.cupsJobID = cupsJobID
        self.claim = claim
        self.attempts = attempts
        self.updated = updated
    }

    // MARK: The name CUPS knows it by

    /// The CUPS job name: the station's job id first (so it survives any truncation), then the
    /// title people see in `lpstat`.
    public var cupsJobName: String {
        Self.namePrefix(id) + " " + title
    }

    /// The CUPS document name: the station's job id and a suffix for the format, nothing that
    /// needs escaping (see `PrintServer.safeDocumentName` for why that matters).
    public var documentName: String {
        let suffix = switch format {
        case .pdf: ".pdf"
        case .plainText: ".txt"
        default: ".raw"
        }
        return Self.namePrefix(id) + suffix
    }

    /// What every CUPS job name of the job with this id starts with.
    public static func namePrefix(_ id: UUID) -> String {
        "qm-" + id.uuidString.lowercased()
    }
}
