import Foundation
import QuartermasterCore
import Scanning
import Station

/// What reaches the kiosk from scanners it reads itself, rather than through the terminal.
enum ScannerFeed: Sendable {
    /// A complete scan, as the bytes the scanner sent.
    case scan([UInt8])
    /// A scan the reader already found wrong (cut off at 4 KiB).
    case refused(String, ScanProblem)
    case change(ScannerChange)

    /// What a decoded scan gives the kiosk: its bytes (invalid UTF-8 is flagged by the
    /// classifier, not guessed), a too-long scan refused as such, nothing for one cut short by
    /// an interruption (acting on part of a code is worse than nothing).
    init?(_ scan: DecodedScan) {
        switch scan.problem {
        case .interrupted, .unterminated: return nil
        case .tooLong: self = .refused(DecodedScan.escaped(Array(scan.bytes.prefix(32))) + "…", .tooLong)
        case .invalidUTF8, nil: self = .scan(scan.bytes)
        }
    }

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
                        if let feed = ScannerFeed(scan) { continuation.yield(feed) }
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

    /// Codes a camera sees, through zbar: each code once per duplicate window, as one scan.
    /// A camera that cannot be opened or fails later is reported, not fatal: the keyboard and
    /// other scanners keep working.
    static func camera(_ configuration: CameraConfiguration) -> AsyncStream<ScannerFeed> {
        let name = "camera " + configuration.device
        return AsyncStream { continuation in
            let reader = Task {
                do {
                    continuation.yield(.change(.connected(name: name)))
                    for try await symbol in CameraScanner.scans(configuration: configuration) {
                        continuation.yield(.scan(symbol.data))
                    }
                } catch {
                    FileHandle.standardError.write(Data((TerminalText.escaped("quartermaster: \(error)") + "\n").utf8))
                }
                continuation.yield(.change(.disconnected(name: name, droppedScan: false)))
                continuation.finish()
            }
            continuation.onTermination = { _ in reader.cancel() }
        }
    }

    /// Several feeds as one stream (evdev scanners and a camera together).
    static func merged(_ feeds: [AsyncStream<ScannerFeed>]) -> AsyncStream<ScannerFeed>? {
        guard feeds.count > 1 else { return feeds.first }
        return AsyncStream { continuation in
            let readers = feeds.map { feed in Task { for await item in feed { continuation.yield(item) } } }
            continuation.onTermination = { _ in readers.forEach { $0.cancel() } }
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

extension KioskEngine {
    /// Hands one scanner report to the flow; returns the sound the terminal should play.
    mutating func take(_ feed: ScannerFeed, at now: Date) -> KioskCue? {
        switch feed {
        case .scan(let bytes): return scan(bytes: bytes, at: now)
        case .refused(let text, let problem): return refuse(text, problem, at: now)
        case .change(let change): return scannerChanged(change, at: now)
        }
    }
}
