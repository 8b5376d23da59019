public import QuartermasterCore
public import Central
public import Hummingbird
public import Logging
internal import NIOCore

/// The centre's HTTP API over any `CentralStore` (PostgreSQL or SQLite): enrolment, the
/// stations' pushes and pulls, and the admin routes. Described in `openapi.yaml`, and a test
/// holds every response this server gives to that document.
public struct CentralServer: Sendable {
    public let store: any CentralStore
    /// The most events one push may carry; a station sends batches of at most this many (413).
    public var maxBatch: Int
    /// The largest request body read, in bytes (413 beyond it). By default
    /// `PushRequest.maxBodyBytes`: a station journals no event whose push would be larger, and
    /// caps its batches at `PushRequest.batchBytes`, so whatever it holds gets through.
    public var maxBodyBytes: Int
    /// The most reference changes one page carries, whatever a station asks for.
    public var maxPage: Int
    /// The pushes running here, per station: a batch that overtook the one before it waits.
    let turns = PushTurns()

    public static let defaultMaxBatch = PushRequest.batchEvents

    public init(store: any CentralStore, maxBatch: Int = Self.defaultMaxBatch, maxBodyBytes: Int = PushRequest.maxBodyBytes, maxPage: Int = 1_000) {
        self.store = store
        self.maxBatch = maxBatch
        self.maxBodyBytes = maxBodyBytes
        self.maxPage = maxPage
    }

    /// Every route, behind the request log; station routes behind token authentication.
    public func router() -> Router<CentralRequestContext> {
        let router = Router(context: CentralRequestContext.self)
        router.add(middleware: RequestLog())
        router.post("v1/enrol") { request, _ in try await enrol(request) }
        let stations = router.group("v1").add(middleware: StationAuthentication(store: store))
        stations.post("events") { request, context in try await push(request, context) }
        stations.get("events/acknowledged") { _, context in try await acknowledged(context) }
        stations.get("reference") { request, context in try await reference(request, context) }
        addAdminRoutes(to: router.group("v1/admin").add(middleware: AdminAuthentication(store: store)))
        return router
    }

    /// The application listening on `host:port` (port 0: any free one, reported to
    /// `onServerRunning`). Run it with `run()` in a task, or `runService()` to stop on SIGTERM.
    public func application(
        host: String, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "quartermaster-central"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// The request's body, refused with 413 beyond `maxBodyBytes`.
    func body(of request: Request) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            // What `collectBody(upTo:)` throws past the limit (Hummingbird would answer it with
            // a bare 413); the station is told what the limit is and what to do.
            throw Refusal(.contentTooLarge, "The request is larger than the centre reads (\(maxBodyBytes) bytes).",
                          advice: "Send at most \(maxBatch) events and \(PushRequest.batchBytes) bytes per batch; quartermaster sync now does.")
        }
    }
}
