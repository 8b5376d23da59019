public import Foundation

/// One document in the station's print queue, as stored: what to send where, and how far it
/// got. Storage does not know CUPS: the format is a MIME type string and the CUPS job id a
/// plain number, so the printing adapter stays the only code that speaks IPP.
public struct PrintJobEntry: Sendable, Hashable {
    // MARK: What to print

    /// The station's id for the job; it is also in the CUPS job name, which is how a job sent
    /// just before a crash is found again instead of being sent twice.
    public var id: UUID
    /// The CUPS queue it goes to, e.g. "slips" or "qm-raw".
    public var queue: String
    /// The document's MIME type, e.g. "application/pdf" or "application/vnd.cups-raw".
    public var format: String
    /// What the job is, for people ("Pickup slip YPQ-2024-001").
    public var title: String
    /// IPP job options (`media`, `copies`) as `lp -o` takes them.
    public var options: [String: String]
    /// The rendered bytes; nil once the job printed or was cancelled (the row stays as history).
    public var payload: [UInt8]?
    /// The document's size in bytes, kept after the payload is dropped.
    public var size: Int

    // MARK: How far it got

    public var state: State
    /// The scheduler's job id once CUPS accepted the job.
    public var cupsJobID: Int?
    /// The owner token of the submission claim (`beginPrintSubmission`): only the worker that
    /// holds it may record the CUPS job id. Nil when no claim was taken, or for a claim left
    /// by a version without tokens.
    public var claim: UUID?
    /// How many times sending failed or the scheduler gave up on it.
    public var attempts: Int
    /// The last problem met, in words for people; nil when there was none.
    public var lastError: String?
    public var created: Date
    /// When the state, attempts or last error last changed.
    public var updated: Date
    /// The earliest time the next attempt may be made (retry backoff).
    public var notBefore: Date

    public init(
        id: UUID, queue: String, format: String, title: String, options: [String: String] = [:],
        payload: [UInt8]?, size: Int, state: State, cupsJobID: Int? = nil, claim: UUID? = nil, attempts: Int = 0,
        lastError: String? = nil, created: Date, updated: Date, notBefore: Date
    ) {
        self.id = id
        self.queue = queue
        self.format = format
        self.title = title
        self.options = options
        self.payload = payload
        self.size = size
        self.state = state
        self.cupsJobID = cupsJobID
        self.claim = claim
        self.attempts = attempts
        self.lastError = lastError
        self.created = created
        self.updated = updated
        self.notBefore = notBefore
    }
}
