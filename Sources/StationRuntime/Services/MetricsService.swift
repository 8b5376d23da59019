internal import Logging
internal import ServiceLifecycle

/// Serves `StationMetrics` as Prometheus text on station.yaml's `metrics_listen` address. A
/// port that cannot be bound is logged, not fatal: the kiosk matters more than its numbers.
struct MetricsService: Service {
    let address: MetricsAddress
    let metrics: StationMetrics
    let logger: Logger

    func run() async throws {
        let server: MetricsServer
        do {
            server = try MetricsServer(address: address) { [metrics] in metrics.exposition() }
        } catch {
            logger.error("\(error.description)")
            try? await gracefulShutdown()
            return
        }
        server.start()
        logger.info("metrics served", metadata: ["address": "\(address.host):\(server.port)"])
        try? await gracefulShutdown()
        server.stop()
    }
}
