internal import QuartermasterCore
public import Foundation
internal import GRDB

/// The centre in one SQLite file, for one small site: the embedded default. WAL with
/// `synchronous = FULL`, so an acknowledged push is on disk before the station forgets it.
public final class SQLiteCentralStore: CentralStore {
    public let path: String
    let pool: DatabasePool
    let now: @Sendable () -> Date

    /// Opens (creating if needed) the file; call `migrate()` before use.
    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.now = now
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "central"
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: configuration)
            // Not in `prepareDatabase`: GRDB's pool sets NORMAL on the writer after that hook
            // when it switches to WAL (design.md). The pool keeps its one writer for life.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw CentralStoreError(
                .database, "The centre's database \(path) cannot be opened: \(error)",
                advice: "Check that the folder exists and is writable by the centre's user.")
        }
    }

    /// The writer connection's `PRAGMA synchronous` (2 = FULL), read back for tests.
    public func synchronousLevel() async throws -> Int {
        try await pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    public func migrate() async throws {
        try await migrate(upTo: nil)
    }

    /// Applies the migrations up to `name` (nil: all): the upgrade tests make an older centre.
    func migrate(upTo name: String?) async throws {
        try await run("upgrading the schema") { [pool] in
            if let name { try Self.migrator.migrate(pool, upTo: name) } else { try Self.migrator.migrate(pool) }
        }
    }

    /// Runs `body`, turning GRDB's errors into the centre's: a person reads what failed.
    func run<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CentralStoreError {
            throw error
        } catch let error as PushGap {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw CentralStoreError(
                .conflict, "The centre refused \(what): \(error.message ?? "a constraint failed"); nothing was stored.",
                advice: "Check the request against what the centre already holds.")
        } catch {
            throw CentralStoreError(.database, "The centre's database \(path) failed while \(what): \(error)", advice: "Tell the administrator; the request can be sent again.")
        }
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
