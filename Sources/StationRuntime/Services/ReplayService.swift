internal import ServiceLifecycle

/// Scans of a scanner recording arriving as if a scanner typed them, one every `delay`
/// (`kiosk --scanner-replay` on a terminal): for demos and for tests that watch the screen.
struct ReplayService: Service {
    let scans: [ScannerFeed]
    let delay: Duration
    let feed: AsyncStream<ScannerFeed>.Continuation

    func run() async throws {
        for scan in scans {
            do {
                try await cancelWhenGracefulShutdown { [delay] in try await Task.sleep(for: delay) }
            } catch {
                return
            }
            feed.yield(scan)
        }
        try? await gracefulShutdown()
    }
}
