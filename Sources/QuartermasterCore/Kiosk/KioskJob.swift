/// One job the kiosk does (pickup, receiving, returns; later counts and reception), as a pure
/// state machine the router drives. A job owns its state, its notices, its effects and the rows
/// of the screen below the status line; the router owns who is signed in, the mode, idle
/// sign-out, the status line and the "Recording…" interlock.
///
/// Adding a job is a new folder under Jobs/ with a type conforming to this, plus one line in
/// `KioskJobs.storeroom` (or whichever list the station runs). No other job changes.
public protocol KioskJob: Sendable {
    associatedtype Notice: KioskMessage
    associatedtype Effect: JobEffect
    /// What performing one of `Effect` gives back.
    associatedtype Answer: Sendable & Hashable

    /// The mode card, key, role and words the router shows for this job.
    static var card: JobCard { get }

    /// A job with nothing under way: how it starts, and what it returns to on sign-out.
    init()

    /// Handles one event. Nil means "not mine": the router answers with its own rule (a badge
    /// hands the station over to another person, another scan is the wrong kind here, a key
    /// has nothing to act on).
    mutating func handle(_ event: JobEvent<Answer>, context: JobContext) -> JobReply<Notice, Effect>?

    /// A line typed while `textEntry` asks for text, with someone signed in; nil: not taken.
    mutating func typed(_ text: String, context: JobContext) -> JobReply<Notice, Effect>?

    /// How the engine reads typed lines now; `.none` (every line is a scan) unless the job
    /// waits for typed text.
    var textEntry: TextEntry { get }

    /// An event while nobody is signed in, for a job whose card says `walkUp`; nil: not taken
    /// (the router answers as for any signed-out kiosk).
    mutating func walkUp(_ event: WalkUpEvent<Answer>, context: WalkUpContext) -> JobReply<Notice, Effect>?

    /// Why the person may not leave the job now (switch mode, sign out); nil when they may.
    var leaveBlocker: Notice? { get }

    /// The person was interrupted (the mode changed, another person took over): drop what was
    /// typed ahead. Work under way that blocks leaving is not touched.
    mutating func interrupt()

    /// What was thrown away when the person was signed out for inactivity, to say so.
    var idleDiscard: Notice? { get }

    /// What the store must forget of that work (the scans a pickup kept): performed as the
    /// person is signed out.
    var idleDiscardEffects: [Effect] { get }

    /// Someone signed in to this job or switched to it: the job may go back to work left open
    /// when the station stopped (a pickup whose scans the store kept). Nil: nothing to do.
    mutating func resume(context: JobContext) -> JobReply<Notice, Effect>?

    /// True when an empty Enter means "accept" (something waits for the keeper's yes).
    var awaitsAccept: Bool { get }

    /// The rows under the status line while someone is signed in (and, for a walk-up job,
    /// while nobody is).
    func rows(width: Int, language: Language) -> [ViewRow]

    /// Rows between the notice and the input line (the pickup's slip note).
    func footer(width: Int, language: Language) -> [ViewRow]

    /// The key help at the bottom, when the job needs other keys than the router's list.
    func keyHelp(_ language: Language) -> String?

    /// What `kiosk --script` adds after this notice's text (" Slip: out/…pdf").
    func transcriptNote(for notice: Notice) -> String?

    /// Performs one effect against the station's seams and says how it went. Called by the
    /// engine, never by the job's own `handle`, so the flow stays pure.
    static func perform<Store: StationStore, Slips: SlipOutput>(_ effect: Effect, store: Store, slips: Slips) -> Answer
}

extension KioskJob {
    public mutating func typed(_ text: String, context: JobContext) -> JobReply<Notice, Effect>? { nil }
    public var textEntry: TextEntry { .none }
    public mutating func walkUp(_ event: WalkUpEvent<Answer>, context: WalkUpContext) -> JobReply<Notice, Effect>? { nil }
    public var leaveBlocker: Notice? { nil }
    public mutating func interrupt() {}
    public var idleDiscard: Notice? { nil }
    public var idleDiscardEffects: [Effect] { [] }
    public mutating func resume(context: JobContext) -> JobReply<Notice, Effect>? { nil }
    public var awaitsAccept: Bool { false }
    public func footer(width: Int, language: Language) -> [ViewRow] { [] }
    public func keyHelp(_ language: Language) -> String? { nil }
    public func transcriptNote(for notice: Notice) -> String? { nil }
}
