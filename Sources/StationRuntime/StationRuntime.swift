internal import Foundation
public import Logging
internal import QuartermasterCore
internal import ServiceLifecycle
internal import Station
internal import Storage
internal import Sync
public import Terminal

/// The station as a daemon: one `Service` per long-running part in a swift-service-lifecycle
/// `ServiceGroup`, started together and shut down (SIGTERM, SIGINT unless the kiosk is locked, or the kiosk quitting) in
/// the reverse of this order:
///
/// 1. store — the database, closed last;
/// 2. terminal — put back as found (cooked mode, the shell's screen) once nothing draws;
/// 3. scanners, camera, replay — grabs released, threads awaited;
/// 4. print spooler — the pass under way finishes; every job's state is in the database;
/// 5. metrics, watchdog;
/// 6. kiosk — finishes the happening under way and the slip it owes, says STOPPING=1.
///
/// Blocking work runs on dispatch queues (the kiosk's, the spooler's, the scanner thread),
/// never on the cooperative pool. `quartermaster run --config`, `kiosk` and `demo` all start
/// the station through here.
public struct StationRuntime: Sendable {
    public var settings: StationSettings
    public var logger: Logger
    public var metrics: StationMetrics
    /// Called once the terminal is taken, with station.yaml's `console_font`; returns what puts
    /// the console back (run before the terminal is restored). The VT primitives (console font,
    /// kiosk mode) live in the Terminal target: wire them here.
    public var consoleSetup: (@Sendable (TerminalDevice, String?) -> (@Sendable () -> Void)?)?
    /// Reads the configuration again on SIGHUP (nil: SIGHUP changes nothing).
    public var reload: (@Sendable () throws -> StationSettings)?

    public init(settings: StationSettings, logger: Logger, metrics: StationMetrics = StationMetrics()) {
        self.settings = settings
        self.logger = logger
        self.metrics = metrics
    }

    /// Runs the station until it is told to stop or the kiosk quits.
    public func run() async throws {
        let started = ContinuousClock.now
        let database = try settings.openDatabase()
        do {
            try await run(database: database, started: started)
        } catch {
            try? database.close()
            throw error
        }
    }

    private func run(database: StationDatabase, started: ContinuousClock.Instant) async throws {
        // Documents are drawn by a child process each (`quartermaster draw`): the rendering
        // libraries and fonts never stay in the long-running station's memory. The child is this
        // binary, or $QM_DRAW_EXECUTABLE (scripts/startup-order runs the station under valgrind,
        // where /proc/self/exe is valgrind's own program).
        let drawing = ChildProcessDrawing(executable: settings.environment["QM_DRAW_EXECUTABLE"] ?? "/proc/self/exe")
        let engine = try settings.makeEngine(database: database, drawing: drawing)
        // Slips owed from before (the station stopped between a pickup and its slip, or the
        // disk was full): produced first, so a restart loses none.
        for (queued, result) in try engine.slips.producePending(at: Date()) {
            switch result {
            case .success(let place): logger.info("slip owed produced", metadata: ["requisition": "\(queued.slip.requisitionNumber)", "where": "\(place)"])
            case .failure(let problem): logger.warning("slip still owed: \(problem)", metadata: ["requisition": "\(queued.slip.requisitionNumber)"])
            }
        }
        let device: TerminalDevice
        do {
            device = try TerminalDevice()
        } catch {
            throw StationRuntimeError("The kiosk needs a terminal: \(error). To run scans without one, use kiosk --script FILE.")
        }
        if settings.locked { KioskSignals.ignoreKeyboardSignals() }
        let restoreConsole = (consoleSetup ?? Self.swapConsoleFont)(device, settings.consoleFont)
        let notifier = SystemdNotifier(environment: settings.environment)
        var parts: Set<String> = ["kiosk"]
        if settings.scanners != nil { parts.insert("scanners") }
        let readiness = ReadinessGate(parts: parts, notifier: notifier, logger: logger)
        let (scans, feed) = AsyncStream.makeStream(of: ScannerFeed.self)

        // The line under the status bar: redrawn when the print worker's or the sync client's
        // status changes (neither is polled).
        let (statusLine, statusLineSink) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let spooler = PrintSpoolerService(
            spooler: settings.printSpooler(database: database), metrics: metrics, logger: logger.labelled("print"),
            statusChanged: { statusLineSink.yield() })
        let worker = KioskWorker(
            engine: engine, language: settings.language, device: device, metrics: metrics,
            printStatus: { [spooler] in spooler.spooler.status })
        worker.locked = settings.locked
        // An enrolled station syncs while the kiosk works, through its own reads.
        let sync: SyncClient? = try database.syncLink() != nil ? SyncClient(run: SyncRun(database: database)) : nil
        if let sync {
            worker.syncStatus = { sync.status }
            sync.onStatusChange { statusLineSink.yield() }
        }
        let kiosk = KioskService(
            worker: worker, input: TerminalInput(device: device), scans: scans, statusLine: statusLine, readiness: readiness, notifier: notifier,
            kickPrinter: { spooler.kick() }, reload: reload, logger: logger.labelled("kiosk"))

        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: StoreService(database: database, logger: logger.labelled("store")), serviceName: "store"),
            .init(service: TerminalService(device: device, restoreConsole: restoreConsole, logger: logger.labelled("terminal")), serviceName: "terminal"),
        ]
        if let scanners = settings.scanners {
            services.append(.init(service: ScannerService(options: scanners, feed: feed, readiness: readiness, logger: logger.labelled("scanners")), serviceName: "scanners"))
        }
        if let camera = settings.camera {
            services.append(.init(service: CameraService(configuration: camera, feed: feed, logger: logger.labelled("camera")), serviceName: "camera"))
        }
        if !settings.replay.isEmpty {
            services.append(.init(service: ReplayService(scans: settings.replay, delay: settings.replayDelay, feed: feed), serviceName: "replay"))
        }
        services.append(.init(service: spooler, serviceName: "print-spooler"))
        if let sync {
            services.append(.init(service: SyncService(client: sync, logger: logger.labelled("sync")), serviceName: "sync"))
        }
        if let address = settings.metricsAddress {
            services.append(.init(service: MetricsService(address: address, metrics: metrics, logger: logger.labelled("metrics")), serviceName: "metrics"))
        }
        services.append(.init(
            service: WatchdogService(notifier: notifier, probe: { await worker.perform { _ in } }),
            successTerminationBehavior: .ignore, serviceName: "watchdog"))
        services.append(.init(service: kiosk, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup, serviceName: "kiosk"))

        var configuration = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: settings.locked ? [.sigterm] : [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(20)
        let group = ServiceGroup(configuration: configuration)
        logger.debug("starting services", metadata: ["after": "\(ContinuousClock.now - started)"])
        try await group.run()
    }

    /// The console font from `console_font` (a name in /usr/share/consolefonts or a path) while
    /// the kiosk runs on a Linux console; on any other terminal, or without the font, the
    /// terminal keeps its own and standard error (the journal) says why.
    @Sendable static func swapConsoleFont(_ device: TerminalDevice, _ font: String?) -> (@Sendable () -> Void)? {
        guard let font, isatty(1) == 1 else { return nil }
        let path = font.hasPrefix("/") ? font : "/usr/share/consolefonts/\(font).psf.gz"
        do {
            let swap = try ConsoleFontSwap.load(path: path, on: 1, name: "standard output")
            return { swap.restore() }
        } catch {
            FileHandle.standardError.write(Data("quartermaster: \(error)\n".utf8))
            return nil
        }
    }
}

extension Logger {
    /// The same handler and level under another label (`quartermaster.kiosk`, …), for the journal.
    func labelled(_ part: String) -> Logger {
        var logger = self
        logger[metadataKey: "part"] = "\(part)"
        return logger
    }

}
