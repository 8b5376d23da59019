internal import Logging
internal import QuartermasterCore
internal import Scanning
internal import ServiceLifecycle

/// Codes a camera sees, through zbar on the camera's own thread: each code once per duplicate
/// window, as one scan. A camera that cannot be opened or fails later is logged and reported
/// to the kiosk, not fatal: the keyboard and the other scanners keep working.
struct CameraService: Service {
    let configuration: CameraConfiguration
    let feed: AsyncStream<ScannerFeed>.Continuation
    let logger: Logger

    func run() async throws {
        let name = "camera " + configuration.device
        feed.yield(.change(.connected(name: name)))
        do {
            try await cancelWhenGracefulShutdown { [configuration, feed] in
                for try await symbol in CameraScanner.scans(configuration: configuration) {
                    feed.yield(.scan(symbol.data))
                }
            }
        } catch is CancellationError {
        } catch {
            logger.error("\(TerminalText.escaped("\(error)"))", metadata: ["camera": "\(configuration.device)"])
        }
        feed.yield(.change(.disconnected(name: name, droppedScan: false)))
        if !Task.isShuttingDownGracefully { try? await gracefulShutdown() }
    }
}
