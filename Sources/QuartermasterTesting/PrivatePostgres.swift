internal import Foundation
internal import Synchronization

/// A private PostgreSQL cluster for the whole test process, started through
/// `scripts/postgres-test` in a folder of its own on first use, and stopped when the process
/// exits (by an exit handler, and by the script's watcher if the process is killed). Each test takes a fresh database in it (`makeDatabase()`), so tests run in parallel
/// without seeing each other's rows.
public final class PrivatePostgres: Sendable {
    /// The cluster, started once; a failure to start is kept and thrown to every test that asks.
    /// Starting it (initdb, then the server) takes seconds: it runs on a thread of its own, so
    /// the tests that wait for it do not hold the cooperative pool's few threads, which every
    /// other test running meanwhile needs (on two cores, a centre's answer waited behind it
    /// until the station's client gave up).
    public static func shared() async throws -> PrivatePostgres {
        try await starting.value
    }

    private static let starting = Task<PrivatePostgres, any Error> {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                    let server = try PrivatePostgres(script: root.appending(path: "scripts/postgres-test").path)
                    running.withLock { $0 = server }
                    atexit { PrivatePostgres.running.withLock { $0 }?.stop() }
                    return server
                })
            }.start()
        }
    }

    /// The started cluster, for the exit handler, which cannot wait for `starting`.
    private static let running = Mutex<PrivatePostgres?>(nil)

    public let folder: String
    /// `postgres://quartermaster@127.0.0.1:PORT/postgres`: the maintenance database.
    public let url: String
    private let script: String

    private init(script: String) throws {
        self.script = script
        folder = NSTemporaryDirectory() + "qm-postgres-\(getpid())-\(UUID().uuidString.prefix(8))"
        // The watcher stops the cluster if this process dies without running its exit handler.
        let result = try ChildProcess.run(script, ["start", folder], environment: ["POSTGRES_TEST_WATCH_PID": String(getpid())])
        guard result.status == 0 else {
            throw ChildProcess.Failure(description: "scripts/postgres-test start failed (\(result.status)): \(result.error)")
        }
        url = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new, empty database in the cluster; its URL.
    public func makeDatabase() throws -> String {
        let name = "qm_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        _ = try psql(url, "CREATE DATABASE \(name)")
        return url.replacingOccurrences(of: "/postgres", with: "/\(name)")
    }

    /// Runs `sql` with psql against `database` and returns its rows, one a line, columns
    /// separated by `|` (unaligned, tuples only): how tests read tables back.
    public func psql(_ database: String, _ sql: String) throws -> [String] {
        let result = try ChildProcess.run(try ChildProcess.which("psql"), ["-X", "-At", "-v", "ON_ERROR_STOP=1", database, "-c", sql])
        guard result.status == 0 else {
            throw ChildProcess.Failure(description: "psql failed (\(result.status)) on \(sql): \(result.error)")
        }
        return result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    public func stop() {
        _ = try? ChildProcess.run(script, ["stop", folder])
        try? FileManager.default.removeItem(atPath: folder)
    }
}
