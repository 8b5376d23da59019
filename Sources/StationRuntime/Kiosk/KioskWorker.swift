internal import Dispatch
internal import Foundation
internal import Printing
internal import QuartermasterCore
internal import Station
internal import Sync
internal import Terminal

/// The kiosk engine and its screen on one serial dispatch queue: every key, scan and tick is
/// handled there, SQLite writes and slip rendering included, so they never hold a thread of the
/// cooperative pool, and one happening is finished (its transaction committed, its screen drawn)
/// before the next starts — which is also what lets shutdown "finish the current one".
final class KioskWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "quartermaster.kiosk")
    // Only touched on `queue`:
    private var engine: StationKioskEngine
    private var view: KioskView
    private var renderer = ScreenRenderer()
    private var language: Language
    private let device: TerminalDevice
    /// Plays each reply's sound on its own thread, so a scan never waits for a beep.
    private let bell: TerminalBellPlayer
    private let metrics: StationMetrics
    private let printStatus: @Sendable () -> PrintSpoolerStatus?
    /// Kiosk mode (`kiosk --locked`): Ctrl+C does not quit.
    var locked = false
    /// The sync client's state (when the station is enrolled), shown beside the print line.
    var syncStatus: (@Sendable () -> SyncStatus)?

    /// What handling one happening asks of the service around it.
    struct Outcome: Sendable {
        var quit = false
        /// A print job may have been queued: nudge the spooler.
        var printed = false
        /// When the clock next needs to wake the kiosk.
        var wake: Date
    }

    init(engine: StationKioskEngine, language: Language, device: TerminalDevice, metrics: StationMetrics,
         printStatus: @escaping @Sendable () -> PrintSpoolerStatus?) {
        self.engine = engine
        self.language = language
        self.view = KioskView(language: language, station: engine.router.station, timeZone: .current)
        self.device = device
        self.bell = TerminalBellPlayer(device: device)
        self.metrics = metrics
        self.printStatus = printStatus
    }

    /// Runs `body` on the kiosk's queue, after everything queued before it.
    func perform<T: Sendable>(_ body: @escaping @Sendable (KioskWorker) -> T) async -> T {
        await OffThePool.run(on: queue) { body(self) }
    }

    // MARK: On the queue

    func handle(_ happening: KioskHappening, reloaded: StationSettings?) -> Outcome {
        let now = Date()
        var cue: KioskCue?
        // A scan, Enter or a command may queue a print job (a badge, a roll call): the spooler
        // is nudged after those; typed characters and the clock queue nothing.
        var printed = false
        switch happening {
        case .quit:
            return Outcome(quit: true, wake: now)
        case .resized:
            renderer.invalidate()
        case .statusLine:
            break
        case .tick:
            cue = engine.tick(now)
        case .reload:
            if let reloaded { apply(reloaded) }
            renderer.invalidate()
        case .scanner(let feed):
            cue = engine.take(feed, at: now)
            count(feed, refused: cue == .attention)
            printed = true
        case .key(let key):
            // Ctrl+C quits for staff; a visitor's screen is never left to a shell.
            if key == .control("c"), !locked, !engine.router.isVisitorScreen { return Outcome(quit: true, wake: now) }
            guard let input = KioskScreen.input(for: key, router: engine.router) else {
                return Outcome(wake: KioskClock.nextWake(after: now, router: engine.router))
            }
            let submitsLine = input == .enter && !engine.line.text.isEmpty
            if case .character = input {} else if input != .backspace { printed = true }
            cue = engine.handle(input, at: now)
            if submitsLine {
                metrics.scans.increment()
                if cue == .attention { metrics.refusals.increment() }
            }
        }
        draw()
        if !engine.followUps.isEmpty {
            // The person has the answer on screen; now the slip (already owed in the store).
            cue = engine.performFollowUps(at: Date()) ?? cue
            printed = true
            draw()
        }
        if let cue { bell.play(cue) }
        metrics.scannersConnected.record(engine.router.scanners?.count ?? 0)
        return Outcome(printed: printed, wake: KioskClock.nextWake(after: Date(), router: engine.router))
    }

    /// Performs what still waits for the screen (a slip) before the station stops.
    func finish() {
        if !engine.followUps.isEmpty { engine.performFollowUps(at: Date()) }
        bell.finish()
    }

    func draw() {
        let size = device.size()
        var rows = view.render(engine.router, input: engine.line.text, now: Date(), columns: size.columns, rows: size.rows)
        let printLine = printStatus().flatMap { PrintWorkerStatusLine($0, language: language) }
        let syncLine = syncStatus.flatMap { SyncStatusLine($0(), language: language, now: Date()) }
        let lines = [printLine.map { ($0.text, $0.isProblem) }, syncLine.map { ($0.text, $0.isProblem) }].compactMap { $0 }
        if !lines.isEmpty, rows.count > 1 {
            let text = lines.map(\.0).joined(separator: " ·")
            rows[1] = ViewRow(DisplayWidth.truncate(text, to: size.columns), lines.contains { $0.1 } ? .warning : .dim)
        }
        let frame = KioskScreen.frame(rows, input: engine.line.text)
        try? device.write(renderer.render(frame, size: size))
    }

    var nextWake: Date { KioskClock.nextWake(after: Date(), router: engine.router) }

    private func count(_ feed: ScannerFeed, refused: Bool) {
        switch feed {
        case .scan:
            metrics.scans.increment()
            if refused { metrics.refusals.increment() }
        case .refused:
            metrics.scans.increment()
            metrics.refusals.increment()
        case .change:
            break
        }
    }

    /// What a reloaded configuration can change while the kiosk runs: the language and the
    /// reception's closing time. The rest (devices, printers, patterns) takes a restart.
    private func apply(_ settings: StationSettings) {
        language = settings.language
        view = KioskView(language: settings.language, station: engine.router.station, timeZone: .current)
        if let schedule = try? settings.reception?.schedule(timeZone: engine.resolver.store.stationTimeZone, source: StationConfigSource()) {
            engine.receptionSchedule = schedule
        } else if settings.reception?.closeAt == nil {
            engine.receptionSchedule = nil
        }
    }
}
