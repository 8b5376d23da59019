internal import Foundation
internal import Logging
internal import Scanning
internal import ServiceLifecycle
internal import Synchronization

/// The station's scanners through evdev: its own thread runs the hub (grab, decode with each
/// scanner's layout, hotplug) and passes scans, comings and goings to the kiosk. On shutdown
/// the thread is told to stop and awaited, and the hub closed on it, so every grab is released
/// before the terminal is restored.
struct ScannerService: Service {
    let options: ScannerDeviceOptions
    let feed: AsyncStream<ScannerFeed>.Continuation
    let readiness: ReadinessGate
    let logger: Logger

    func run() async throws {
        let hub: ScannerHub
        do {
            hub = try options.hub()
        } catch {
            // The kiosk keeps working with keyboard-wedge scanners; the status line says NO SCANNER.
            logger.error("\(error.description)")
            readiness.ready("scanners")
            try? await gracefulShutdown()
            return
        }
        let box = HubBox(hub)
        let running = Mutex(true)
        let (feed, readiness, logger) = (feed, readiness, logger)
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
                    let thread = Thread {
                        var hub = box.take()
                        let report: (ScannerHubEvent) -> Void = { event in
                            switch event {
                            case .connected(let identity):
                                logger.info("scanner connected", metadata: ["scanner": "\(identity.name)"])
                                feed.yield(.change(.connected(name: identity.name)))
                            case .disconnected(let identity, let dropped):
                                logger.info("scanner disconnected", metadata: ["scanner": "\(identity.name)"])
                                feed.yield(.change(.disconnected(name: identity.name, droppedScan: dropped != nil)))
                            case .scan(let scan):
                                if let item = ScannerFeed(scan) { feed.yield(item) }
                            case .skipped:
                                break
                            }
                        }
                        hub?.start(report)
                        readiness.ready("scanners")
                        while running.withLock({ $0 }) { hub?.poll(waitingAtMost: .milliseconds(500), report) }
                        hub = nil  // closes the devices (and their grabs) on this thread
                        finished.resume()
                    }
                    thread.name = "Quartermaster.ScannerHub"
                    thread.start()
                }
            } onCancel: {
                running.withLock { $0 = false }
            }
        } onGracefulShutdown: {
            running.withLock { $0 = false }
        }
        logger.debug("scanners released")
    }

    /// The hub is not Sendable: it lives on its one thread, handed over once through this box.
    private final class HubBox: @unchecked Sendable {
        private var hub: ScannerHub?
        init(_ hub: ScannerHub) { self.hub = hub }
        func take() -> ScannerHub? {
            defer { hub = nil }
            return hub
        }
    }
}
