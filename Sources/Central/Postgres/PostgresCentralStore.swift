internal import QuartermasterCore
public import Foundation
internal import Logging
internal import PostgresNIO

/// The centre in PostgreSQL, for an office with branches: a pool of connections
/// (`PostgresClient`), parameterised queries only, every method one transaction. Pushes take
/// one transaction-level advisory lock for the ledger, so the anomaly rules read the ledger as
/// the previous push left it, whichever station pushed.
public final class PostgresCentralStore: CentralStore {
    let client: PostgresClient
    let logger: Logger
    let now: @Sendable () -> Date
    private let running: Task<Void, Never>
    /// Where the store is, without a password, for messages.
    public let location: String

    /// Connects lazily: `url` is `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or with
    /// `?host=/socket/folder` a unix socket (`.s.PGSQL.PORT` in that folder). Only loopback or a
    /// unix socket without TLS: put a remote centre's database behind a tunnel.
    public init(url: String, maximumConnections: Int = 10, now: @escaping @Sendable () -> Date = { Date() }) throws {
        let endpoint = try PostgresURL(url)
        var configuration: PostgresClient.Configuration
        if let socket = endpoint.socket {
            configuration = .init(unixSocketPath: socket, username: endpoint.user, password: endpoint.password, database: endpoint.database)
        } else {
            configuration = .init(host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password, database: endpoint.database, tls: .disable)
        }
        configuration.options.maximumConnections = maximumConnections
        var logger = Logger(label: "quartermaster.central.postgres")
        logger.logLevel = .error
        self.logger = logger
        self.now = now
        location = endpoint.description
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// Closes the pool's connections (the CLI calls it before exiting).
    public func shutdown() { running.cancel() }

    /// Runs `body` in one transaction, turning PostgreSQL's errors into the centre's.
    func transaction<T: Sendable>(_ what: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            throw translate(error.closureError ?? error.rollbackError ?? error.beginError ?? error.commitError ?? error, what)
        } catch {
            throw translate(error, what)
        }
    }

    private func translate(_ error: any Error, _ what: String) -> any Error {
        switch error {
        case let error as CentralStoreError: return error
        case let error as PushGap: return error
        case let error as PSQLError where error.serverInfo?[.sqlState]?.hasPrefix("23") == true:
            return CentralStoreError(
                .conflict, "The centre refused \(what): \(error.serverInfo?[.message] ?? "a constraint failed"); nothing was stored.",
                advice: "Check the request against what the centre already holds.")
        case let error as PSQLError:
            return CentralStoreError(
                .database, "The centre's database \(location) failed while \(what): \(error.serverInfo?[.message] ?? String(reflecting: error.code))",
                advice: "Check that PostgreSQL is running and reachable; the request can be sent again.")
        default:
            return CentralStoreError(.database, "The centre's database \(location) failed while \(what): \(error)", advice: "The request can be sent again.")
        }
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
