internal import Foundation
internal import Logging
internal import ServiceLifecycle
internal import Terminal
internal import UnixSignals

/// The kiosk on a real terminal: keys, resizes, scanners, the clock and SIGHUP in one loop,
/// each handled on the kiosk's queue (`KioskWorker`) and the screen redrawn after it.
///
/// It is the group's last service, so the first to stop: on SIGTERM it finishes the happening
/// under way (its transaction is committed by then), performs what still waits for the screen
/// (a slip owed), says STOPPING=1 and returns; the services before it then stop in turn. When
/// the person quits (Ctrl+C) or the terminal goes away, it returns and the group shuts down the
/// same way.
///
/// Idle, it sleeps: no timer but the one for the next minute the clock shows (or the idle
/// sign-out, if sooner), and station.yaml is read again only on SIGHUP.
struct KioskService: Service {
    let worker: KioskWorker
    let input: TerminalInput
    let scans: AsyncStream<ScannerFeed>
    /// One element each time the print worker's or the sync client's status changes.
    let statusLine: AsyncStream<Void>
    let readiness: ReadinessGate
    let notifier: SystemdNotifier
    let kickPrinter: @Sendable () -> Void
    let reload: (@Sendable () throws -> StationSettings)?
    let logger: Logger

    func run() async throws {
        let (happenings, sink) = AsyncStream.makeStream(of: KioskHappening.self)
        let keys = Task { [input] in
            for await key in input.keys { sink.yield(.key(key)) }
            sink.yield(.quit)  // the terminal went away
        }
        let resizes = Task { [input] in for await _ in input.resizes { sink.yield(.resized) } }
        let scanned = Task { [scans] in for await feed in scans { sink.yield(.scanner(feed)) } }
        let statuses = Task { [statusLine] in for await _ in statusLine { sink.yield(.statusLine) } }
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let reloads = Task { for await _ in hangups { sink.yield(.reload) } }
        defer {
            keys.cancel()
            resizes.cancel()
            scanned.cancel()
            statuses.cancel()
            reloads.cancel()
            input.stop()
        }

        var wake = await worker.perform { worker in
            worker.draw()
            return worker.nextWake
        }
        readiness.ready("kiosk")
        var ticker = Self.ticker(at: wake, sink: sink)
        await withGracefulShutdownHandler {
            for await happening in happenings {
                var settings: StationSettings?
                if case .reload = happening { settings = reloadedSettings() }
                let outcome = await worker.perform { [settings] worker in worker.handle(happening, reloaded: settings) }
                if outcome.quit { break }
                if outcome.printed { kickPrinter() }
                if case .tick = happening { wake = .distantPast }  // the ticker has fired: plan the next one
                if outcome.wake != wake {
                    ticker.cancel()
                    wake = outcome.wake
                    ticker = Self.ticker(at: wake, sink: sink)
                }
            }
        } onGracefulShutdown: {
            sink.yield(.quit)
        }
        ticker.cancel()
        notifier.notify("STOPPING=1")
        await worker.perform { $0.finish() }
        logger.info("kiosk stopped")
    }

    /// Yields one tick at `date` (wall clock), unless cancelled first.
    private static func ticker(at date: Date, sink: AsyncStream<KioskHappening>.Continuation) -> Task<Void, Never> {
        Task {
            let delay = max(0, date.timeIntervalSinceNow)
            try? await Task.sleep(for: .milliseconds(Int64(delay * 1000)))
            if !Task.isCancelled { sink.yield(.tick) }
        }
    }

    /// The configuration read again (SIGHUP); nil, with the reason logged, when it is broken,
    /// in which case the kiosk keeps the settings it has.
    private func reloadedSettings() -> StationSettings? {
        guard let reload else { return nil }
        do {
            let settings = try reload()
            logger.notice("configuration reloaded (language and reception closing time apply now; devices, printers and patterns on restart)")
            return settings
        } catch {
            logger.error("configuration not reloaded, keeping the running one: \(error)")
            return nil
        }
    }
}
