public import Foundation

/// The kiosk's front desk, as a pure state machine: who is signed in and in which job, mode
/// cards and keys, idle sign-out, the scanners, and the "Recording…" interlock. Every other
/// event goes to the active job's flow. `handle(_:)` takes one event, updates the router and its
/// jobs, and returns the effects to perform. No I/O, no clock: tests drive it synchronously.
public struct KioskRouter: Sendable {
    /// This station's id, written on every record.
    public let station: String
    /// After this long without a scan or key, the person is signed out.
    public let idleTimeout: TimeInterval
    /// The registered jobs' cards, in order; the first is the mode a fresh kiosk starts in.
    public let cards: [JobCard]
    /// One flow per registered job. Each keeps its state while another job is active.
    public internal(set) var jobs: [any KioskJob]
    /// Which of `jobs` gets the events.
    public internal(set) var active = 0
    /// The person signed in at the station.
    public internal(set) var person: Person?
    public internal(set) var lastActivity: Date?
    /// A job's write was handed to the store and its answer has not come back.
    public internal(set) var isRecording = false
    public internal(set) var notice = KioskNotice(RouterNotice.scanBadgeToStart)
    /// The scanners read directly (evdev) that are connected now; nil when the station reads
    /// no scanner devices (keyboard-wedge only), so the status line says nothing about them.
    public internal(set) var scanners: [String]?

    let types: [any KioskJob.Type]

    /// A router for these jobs (each declares its mode card, key and role). Two jobs with one
    /// mode name or one key, or a job on a key the router keeps, is a programming error.
    public init(station: String, idleTimeout: TimeInterval = 120, jobs types: [any KioskJob.Type] = KioskJobs.storeroom) {
        let problem = Self.registryProblem(types)
        precondition(problem == nil, problem ?? "")
        let cards = types.map { $0.card }
        self.station = station
        self.idleTimeout = idleTimeout
        self.types = types
        self.cards = cards
        self.jobs = types.map { $0.init() }
    }

    /// What is wrong with a list of jobs for one kiosk, or nil when it can be registered.
    public static func registryProblem(_ types: [any KioskJob.Type]) -> String? {
        let cards = types.map { $0.card }
        if cards.isEmpty { return "a kiosk needs at least one job" }
        if Set(cards.map(\.mode)).count != cards.count { return "two jobs share a mode name: \(cards.map(\.mode))" }
        if Set(cards.map(\.functionKey)).count != cards.count { return "two jobs share a function key" }
        if !cards.allSatisfy({ !JobCard.routerKeys.contains($0.functionKey) }) { return "a job took one of the router's keys" }
        return nil
    }

    // MARK: What the screen and the engine read

    /// The active job's mode.
    public var mode: KioskMode { cards[active].mode }
    /// The active job's card.
    public var card: JobCard { cards[active] }
    public var activeJob: any KioskJob { jobs[active] }
    /// The modes this kiosk can switch to, in order.
    public var modes: [KioskMode] { cards.map(\.mode) }

    /// The active flow as its own type, or nil when another job is active.
    public func job<Job: KioskJob>(_ type: Job.Type) -> Job? {
        jobs.lazy.compactMap { $0 as? Job }.first
    }

    /// The mode a function key switches to, from the jobs' cards.
    public func mode(forFunctionKey number: Int) -> KioskMode? {
        cards.first { $0.functionKey == number }?.mode
    }

    /// True when an empty Enter means "accept".
    public var awaitsAccept: Bool { (person != nil || card.walkUp) && !isRecording && activeJob.awaitsAccept }

    /// True while a walk-up job's screen faces the public: nobody is signed in. Mode changes
    /// and quitting the kiosk are kept from it.
    public var isVisitorScreen: Bool { person == nil && card.walkUp }

    /// How the engine reads the next typed line.
    public var textEntry: TextEntry {
        guard !isRecording, person != nil || card.walkUp else { return .none }
        return activeJob.textEntry
    }

    /// The notice as `kiosk --script` prints it: its words and what the active job adds.
    public func transcript(_ language: Language) -> String {
        func note<Job: KioskJob>(_ job: Job) -> String? {
            notice.as(Job.Notice.self).flatMap { job.transcriptNote(for: $0) }
        }
        return notice.text(language) + (note(activeJob) ?? "")
    }

    // MARK: Events

    public mutating func handle(_ event: KioskEvent) -> [KioskEffect] {
        switch event {
        case .scan(let scan, let time):
            return scanned(scan, at: time)
        case .key(let key, let time):
            return pressed(key, at: time)
        case .text(let text, let time):
            return typed(text, at: time)
        case .tick(let now):
            return tick(now)
        case .scanner(let change):
            return scannerChanged(change)
        case .answer(let answer, let time):
            return answered(answer, at: time)
        }
    }
}
