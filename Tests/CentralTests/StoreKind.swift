import Central
import Foundation
import QuartermasterCore
import QuartermasterTesting
import Testing

/// The two stores every conformance test runs against, each a real database: a SQLite file in
/// a temporary folder, and a fresh database in the private PostgreSQL cluster
/// (`scripts/postgres-test`).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A store under test, migrated, with a way to read its tables back with the database's own
/// command-line client (`sqlite3`, `psql`), not through the store.
struct StoreUnderTest: Sendable {
    var store: any CentralStore
    var url: String
    var query: @Sendable (String) throws -> [String]

    static func make(_ kind: StoreKind) async throws -> StoreUnderTest {
        let opened: StoreUnderTest
        switch kind {
        case .sqlite:
            let folder = NSTemporaryDirectory() + "qm-central-\(UUID().uuidString)"
            let path = folder + "/central.sqlite"
            let url = "sqlite:" + path
            opened = StoreUnderTest(store: try openCentralStore(url), url: url) { sql in
                let result = try ChildProcess.run(try ChildProcess.which("sqlite3"), ["-batch", "-noheader", "-separator", "|", "-cmd", ".timeout 5000", path, sql])
                guard result.status == 0 else { throw SQLiteQueryFailed(message: result.error) }
                return result.output.split(separator: "\n").map(String.init)
            }
        case .postgres:
            let server = try await PrivatePostgres.shared()
            let url = try server.makeDatabase()
            opened = StoreUnderTest(store: try openCentralStore(url), url: url) { sql in try server.psql(url, sql) }
        }
        try await opened.store.migrate()
        return opened
    }

    /// Adds and enrols a station; its authenticated identity.
    func enrolled(name: String, station: String, site: String = "总部") async throws -> AuthenticatedStation {
        let code = try await store.addStation(name: name, site: site)
        let response = try await store.enrol(EnrolRequest(code: code, station: station))
        return try #require(await store.authenticate(token: response.token))
    }

    func count(_ table: String, _ condition: String = "TRUE") throws -> Int {
        Int(try query("SELECT COUNT(*) FROM \(table) WHERE \(condition)").first ?? "") ?? -1
    }
}

struct SQLiteQueryFailed: Error {
    var message: String
}
