public import Metrics
public import Prometheus

/// What an admin (or a Prometheus server) reads about a station from a step away: scans,
/// refusals, print jobs by state, the sync backlog, scanners connected. Through swift-metrics,
/// with the Prometheus registry that `MetricsService` serves as text exposition.
public struct StationMetrics: Sendable {
    /// The sync client records its backlog (events not yet accepted by the centre) here:
    /// `Metrics.Gauge(label: StationMetrics.syncBacklogLabel, factory: metrics.factory)`.
    public static let syncBacklogLabel = "quartermaster_sync_backlog"
    public static let printStates = ["pending", "submitted", "completed", "failed", "cancelled"]

    public let registry: PrometheusCollectorRegistry
    public let factory: PrometheusMetricsFactory
    public let scans: Metrics.Counter
    public let refusals: Metrics.Counter
    public let scannersConnected: Metrics.Gauge
    public let syncBacklog: Metrics.Gauge
    private let printJobs: [String: Metrics.Gauge]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        let factory = PrometheusMetricsFactory(registry: registry)
        self.factory = factory
        scans = Metrics.Counter(label: "quartermaster_scans_total", factory: factory)
        refusals = Metrics.Counter(label: "quartermaster_refusals_total", factory: factory)
        scannersConnected = Metrics.Gauge(label: "quartermaster_scanners_connected", factory: factory)
        syncBacklog = Metrics.Gauge(label: Self.syncBacklogLabel, factory: factory)
        printJobs = Dictionary(uniqueKeysWithValues: Self.printStates.map { state in
            (state, Metrics.Gauge(label: "quartermaster_print_jobs", dimensions: [("state", state)], factory: factory))
        })
        syncBacklog.record(0)
        scannersConnected.record(0)
    }

    /// Records the store's print job counts; states without jobs read 0.
    public func recordPrintJobs(_ counts: [String: Int]) {
        for (state, gauge) in printJobs { gauge.record(counts[state] ?? 0) }
    }

    /// The text exposition, as served on /metrics.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
