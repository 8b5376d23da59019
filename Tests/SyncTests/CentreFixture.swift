import Central
import CentralServer
import Foundation
import Logging
import QuartermasterCore
import Testing

/// The real centre for a test: a SQLite central store in a fresh temporary folder (or the store
/// given), behind the real server listening on a free loopback port.
final class CentreFixture: @unchecked Sendable {
    let directory: URL
    let store: any CentralStore
    let port: Int
    var url: String { "http://127.0.0.1:\(port)" }
    private let serving: Task<Void, any Error>

    private init(directory: URL, store: any CentralStore, port: Int, serving: Task<Void, any Error>) {
        self.directory = directory
        self.store = store
        self.port = port
        self.serving = serving
    }

    /// A new SQLite centre (or `store`) behind a server on a free port, once it listens.
    static func start(
        store given: (any CentralStore)? = nil, port: Int = 0, maxBatch: Int = CentralServer.defaultMaxBatch,
        maxBodyBytes: Int = PushRequest.maxBodyBytes
    ) async throws -> CentreFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-centre-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try given ?? SQLiteCentralStore(path: directory.appendingPathComponent("central.sqlite").path)
        try await store.migrate()
        return try await serve(store, directory: directory, port: port, maxBatch: maxBatch, maxBodyBytes: maxBodyBytes)
    }

    /// The same store behind a new server: the centre restarted.
    func restarted(port: Int? = nil) async throws -> CentreFixture {
        try await Self.serve(store, directory: directory, port: port ?? self.port, maxBatch: CentralServer.defaultMaxBatch, maxBodyBytes: PushRequest.maxBodyBytes)
    }

    private static func serve(_ store: any CentralStore, directory: URL, port: Int, maxBatch: Int, maxBodyBytes: Int) async throws -> CentreFixture {
        var logger = Logger(label: "centre-test")
        logger.logLevel = .critical  // a cancelled server logs its open connections as errors
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        let app = CentralServer(store: store, maxBatch: maxBatch, maxBodyBytes: maxBodyBytes).application(host: "127.0.0.1", port: port, logger: logger) { port in
            sink.yield(port)
        }
        let serving = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else { throw CentreStartFailure() }
        return CentreFixture(directory: directory, store: store, port: bound, serving: serving)
    }

    /// Stops the server (the store stays, as a database does when its server stops).
    func stop() async {
        serving.cancel()
        _ = try? await serving.value
    }

    /// Registers a station and returns its one-time enrolment code.
    func addStation(_ name: String, site: String = "总部") async throws -> String {
        try await store.addStation(name: name, site: site)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    struct CentreStartFailure: Error {}
}

/// Which store a test's centre keeps its data in: the SQLite file of a small site, or a
/// database of the private PostgreSQL cluster (`PrivatePostgres`).
enum CentreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres
    var testDescription: String { rawValue }
}
