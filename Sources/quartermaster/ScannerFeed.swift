import Foundation
import QuartermasterCore
import Scanning

/// What reaches the kiosk from scanners it reads itself, rather than through the terminal.
enum ScannerFeed: Sendable {
    case scan(String)
    case change(ScannerChange)

    /// The station's scanners through evdev: a thread runs the hub (grab, decode with each
    /// scanner's layout, hotplug) and passes scans and comings and goings on. The stream ends
    /// when the consumer stops listening.
    static func devices(_ options: ScannerDeviceOptions) throws -> AsyncStream<ScannerFeed> {
        let hub: ScannerHub
        do {
            hub = try options.hub()
        } catch {
            throw CommandFailure("Cannot watch \(options.directory) for scanners: \(error)")
        }
        let box = HubBox(hub)
        return AsyncStream { continuation in
            let running = ManagedAtomicFlag()
            let thread = Thread {
                let report: (ScannerHubEvent) -> Void = { event in
                    switch event {
                    case .connected(let identity):
                        continuation.yield(.change(.connected(name: identity.name)))
                    case .disconnected(let identity, let dropped):
                        continuation.yield(.change(.disconnected(name: identity.name, droppedScan: dropped != nil)))
                    case .scan(let scan):
                        if let text = KioskCommand.kioskText(scan) { continuation.yield(.scan(text)) }
                    case .skipped:
                        break
                    }
                }
                box.hub.start(report)
                while running.isSet { box.hub.poll(waitingAtMost: .milliseconds(500), report) }
            }
            thread.name = "Quartermaster.ScannerHub"
            continuation.onTermination = { _ in running.clear() }
            thread.start()
        }
    }

    /// The hub is not Sendable: it lives on its one thread, handed over once through this box.
    private final class HubBox: @unchecked Sendable {
        let hub: ScannerHub
        init(_ hub: ScannerHub) { self.hub = hub }
    }

    /// A flag the consumer clears to stop the hub's thread.
    private final class ManagedAtomicFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = true
        var isSet: Bool { lock.withLock { value } }
        func clear() { lock.withLock { value = false } }
    }
}
