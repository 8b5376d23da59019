import ArgumentParser
import Foundation
import Printing
import QuartermasterCore
import Rendering
import Scanning
import Station
import Storage
import Sync

/// `quartermaster kiosk`: the full-screen kiosk on this terminal, or a script of scans.
struct KioskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the station kiosk on an existing data folder.",
        discussion: """
            Keys: F1 pickup, F2 receive, F3 return, F8 asset count, F9 loans, F11 reception, \
            F4 undo, F5 or Enter accept (a recipient, a moved asset; in loans: show the overdue \
            list), Esc cancel, F10 sign out, Ctrl+C quit. A keyboard-wedge scanner types like a \
            keyboard: each scan ends with Enter (or Tab).

            Reception (F11 or QM-MODE-RECEPTION) is for visitors with nobody signed in: they scan \
            an invite or type their details, and scan their badge to leave; on that screen Ctrl+C \
            does nothing and mode keys, mode cards and F10 are refused until a reception badge \
            signs in.

            With --script FILE the kiosk runs without a terminal: one scan per line, @accept, \
            @undo, @cancel, @signout, @pickup, @receive, @return, @count, @loan, @reception for \
            keys, # for comments; a visitor's typed fields are plain lines in the order the screen \
            asks for them; each resulting message is printed on its own line.

            With --scanner-replay FILE the scans of a scanner recording (evemu-record text, \
            decoded with --scanner-layout) arrive as if a scanner typed them: on the terminal, one \
            every --replay-delay ms; with --script, before the script's lines (--script /dev/null \
            for none).
            """)

    @OptionGroup var options: StationOptions

    @Option(help: ArgumentHelp("Sign the person out after this many seconds without a scan or key (default 120, or idle_timeout in station.yaml).", valueName: "SECONDS"))
    var idleTimeout: Double?

    @Option(help: ArgumentHelp("Run the scans in FILE (- for standard input) instead of the terminal.", valueName: "FILE"))
    var script: String?

    @Option(help: ArgumentHelp("With --script: wait up to this long at the end for queued slips to print.", valueName: "SECONDS"))
    var printWait: Int = 30

    @Option(help: ArgumentHelp("Take the scans of this scanner recording (evemu-record text) as if a scanner typed them.", valueName: "FILE"))
    var scannerReplay: String?

    @Option(help: ArgumentHelp("The keyboard layout the recorded scanner emits.", valueName: "L"))
    var scannerLayout = "us"

    @Option(help: ArgumentHelp("Wait this long before each replayed scan (terminal mode), so a person or a test can watch.", valueName: "MS"))
    var replayDelay = 300

    @Flag(help: "Read the scanners directly (evdev, grabbed exclusively): those the udev rule tagged and those named with --scanner-device. Scans then never go through the terminal.")
    var scanners = false

    @Option(help: ArgumentHelp("With --scanners: a scanner to take, by /dev/input/by-id/… path or vendor:product (repeatable).", valueName: "ID"))
    var scannerDevice: [String] = []

    @Option(help: ArgumentHelp("With --scanners: one scanner's layout as ID=LAYOUT (repeatable); others use --scanner-layout.", valueName: "ID=L"))
    var deviceLayout: [String] = []

    @Option(help: ArgumentHelp("Also read codes held up to this camera (V4L2 device, through zbar).", valueName: "DEVICE"))
    var camera: String?

    @Option(help: ArgumentHelp("With --camera: zbar scan density (1 reads smallest codes; 2–3 use less CPU).", valueName: "N"))
    var cameraDensity = 1

    @Flag(help: "With --camera: halve each frame before scanning (for 1280×720 and larger; codes must be large in the picture).")
    var cameraPrescale = false

    func run() async throws {
        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            throw CommandFailure("""
                There is no station database in \(options.data).
                Import people, items and requisitions first (quartermaster import --help),
                or try the demo: quartermaster demo --data \(options.data)
                """)
        }
        let database = try options.openDatabase()
        var engine = try makeEngine(database: database)
        // The print worker sends queued slips and labels while the kiosk works; it only talks
        // to CUPS when something is queued, so a station without printers pays nothing.
        let spooler = options.printSpooler(database: database)
        let printing = Task { await spooler.run() }
        defer { printing.cancel() }
        // Slips owed from before (the station stopped between a pickup and its slip, or the disk
        // was full): produced first, so a restart loses none.
        let owed = try engine.slips.producePending(at: Date())
        let replayed = try scannerReplay.map { try ScannerReplayOptions(layout: scannerLayout).scans(in: $0) } ?? []
        if let script {
            for (queued, result) in owed {
                let line = switch result {
                case .success(let place): "Slip owed for \(queued.slip.requisitionNumber): \(place)"
                case .failure(let problem): "Slip for \(queued.slip.requisitionNumber) is still owed: \(problem)"
                }
                FileHandle.standardOutput.write(Data((TerminalText.escaped(line) + "\n").utf8))
            }
            for scan in replayed { perform(scan, engine: &engine) }
            try runScript(script, engine: &engine)
            printing.cancel()
            await finishPrinting(spooler)
        } else {
            var session = KioskSession(engine: engine, options: options)
            session.printStatus = { spooler.status }
            session.printNow = { Task { await spooler.passOffThePool() } }
            // An enrolled station syncs while the kiosk works, through its own reads.
            var syncTask: Task<Void, Never>?
            if try database.syncLink() != nil {
                let client = SyncClient(run: SyncRun(database: database))
                syncTask = Task { await client.runForever() }
                session.syncStatus = { client.status }
            }
            defer { syncTask?.cancel() }
            var feeds: [AsyncStream<ScannerFeed>] = []
            if scanners {
                feeds.append(try ScannerFeed.devices(ScannerDeviceOptions(
                    devices: scannerDevice, defaultLayout: scannerLayout, deviceLayouts: deviceLayout)))
            }
            if let camera {
                feeds.append(ScannerFeed.camera(CameraConfiguration(device: camera, density: cameraDensity, prescale: cameraPrescale)))
            }
            if !feeds.isEmpty {
                session.scans = ScannerFeed.merged(feeds)
            } else if scannerReplay != nil {
                let delay = replayDelay
                session.scans = AsyncStream { continuation in
                    let feeder = Task {
                        for scan in replayed {
                            try? await Task.sleep(for: .milliseconds(delay))
                            if let feed = ScannerFeed(scan) { continuation.yield(feed) }
                        }
                        continuation.finish()
                    }
                    continuation.onTermination = { _ in feeder.cancel() }
                }
            }
            try await session.run()
        }
    }

    func makeEngine(database: StationDatabase) throws -> StationKioskEngine {
        let config = options.config
        var slips = options.slipOutput(database: database)
        slips.siteRules = config.reception?.siteRules ?? .standard
        var engine = KioskEngine(
            router: KioskRouter(station: database.stationID, idleTimeout: idleTimeout ?? config.idleTimeout ?? 120, jobs: KioskJobs.station),
            resolver: ScanResolver(classifier: ScanClassifier(patterns: try options.scanPatterns()), store: database),
            slips: slips)
        engine.receptionSchedule = try config.reception?.schedule(timeZone: database.stationTimeZone, path: options.data + "/" + StationConfig.fileName)
        return engine
    }

    /// After a script: waits (up to `printWait`) for queued slips to print, and says how it went.
    private func finishPrinting(_ spooler: PrintSpooler<PrintWorkerStore>) async {
        let status = await spooler.drain(timeout: .seconds(printWait))
        guard status.needsAttention else { return }
        var line = "Printing: \(status.backlog) job(s) still waiting"
        if let problem = status.problem { line += ": \(problem)" }
        FileHandle.standardOutput.write(Data((TerminalText.escaped(line) + " They stay queued and print when the kiosk runs again.\n").utf8))
    }

    /// One replayed scan in script mode: through the engine, its message on standard output.
    private func perform(_ scan: DecodedScan, engine: inout StationKioskEngine) {
        guard let feed = ScannerFeed(scan) else {
            FileHandle.standardOutput.write(Data((TerminalText.escaped("Scanner: \(scan.problem?.description ?? "dropped")") + "\n").utf8))
            return
        }
        _ = engine.take(feed, at: Date())
        engine.performFollowUps(at: Date())
        FileHandle.standardOutput.write(Data((TerminalText.escaped(engine.router.transcript(options.resolvedLanguage)) + "\n").utf8))
    }

    /// Runs a written session; every message goes to standard output as it happens, so a
    /// watcher (or a test that kills the process) sees exactly how far it got.
    private func runScript(_ path: String, engine: inout StationKioskEngine) throws {
        let language = options.resolvedLanguage
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else { throw CommandFailure("Cannot read \(path).") }
            handle = opened
        }
        var pending = Data()
        func perform(_ line: Substring) {
            guard let step = KioskScript.step(line, modes: engine.router.modes) else { return }
            switch step {
            case .scan(let text): engine.submit(text, at: Date())
            case .input(let input): engine.handle(input, at: Date())
            }
            engine.performFollowUps(at: Date())
            FileHandle.standardOutput.write(Data((TerminalText.escaped(engine.router.transcript(language)) + "\n").utf8))
        }
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                perform(Substring(line))
            }
        }
        if !pending.isEmpty { perform(Substring(String(decoding: pending, as: UTF8.self))) }
    }
}
