internal import Foundation
public import QuartermasterCore
internal import GRDB
internal import GRDBSQLite

/// The station's own ledger: people, items, requisitions, stock movements and the journal, in
/// one SQLite file. Every public write is one transaction that keeps the invariants (stock
/// never negative, never changed without a movement, every fact journaled) or changes nothing,
/// so a crash or a pulled plug leaves the books consistent.
///
/// Storage conventions, fixed by migration `v1`:
/// - Times are INTEGER milliseconds since 1970-01-01 UTC: exact, sortable, zone-free.
/// - Dates of the office calendar (`requisition.date`) are TEXT `YYYY-MM-DD`.
/// - Journal ids are lowercase UUIDv7 text; payloads are JSON with sorted keys and
///   millisecond times.
public final class StationDatabase: Sendable {
    /// The database file, as given; shown in messages so an admin can find it.
    public let path: String
    /// This station's id: journal entries carry it, and their sequence counts per station.
    public let stationID: String
    /// The largest push body one journal entry may need (`PushRequest.bodyBytes(of:)`): a
    /// change whose entry would be larger is refused before anything is written, since the
    /// centre could never take it and sync would stop there for good. The centre's default
    /// limit; tests give a smaller one.
    public let journalEntryLimit: Int
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// A new database takes `stationID` as its identity for good; an existing one must have been
    /// created as `stationID`, or the open is refused with a problem naming both ids: a run under
    /// another name would start a second history in the journal of the same storeroom.
    /// `renameStation(path:to:…)` is the deliberate way to change it.
    ///
    /// - Parameter busyTimeout: how long a write waits for another program's lock before it
    ///   gives up with a `.busy` problem. Five seconds covers a backup or a second station
    ///   command; tests use less.
    public convenience init(
        path: String, stationID: String, busyTimeout: Duration = .seconds(5), journalEntryLimit: Int = PushRequest.maxBodyBytes
    ) throws(StationProblem) {
        try self.init(path: path, claim: stationID, fallback: nil, busyTimeout: busyTimeout, journalEntryLimit: journalEntryLimit)
    }

    /// Opens the database as the station it was created for when no id is given (`stationID`
    /// nil: nobody said which station this is, so the one it belongs to is meant), as
    /// `stationID` when one is given (refused if it is another station's), and creates a new
    /// one as `stationID`, else `newStationID` (the host name, say).
    public convenience init(path: String, stationID: String?, newStationID: String, busyTimeout: Duration = .seconds(5)) throws(StationProblem) {
        try self.init(path: path, claim: stationID, fallback: newStationID, busyTimeout: busyTimeout, journalEntryLimit: PushRequest.maxBodyBytes)
    }

    /// Opens the database as whatever station it says it is (`claim` nil), or as `claim`.
    private init(path: String, claim: String?, fallback: String?, busyTimeout: Duration, journalEntryLimit: Int) throws(StationProblem) {
        self.path = path
        self.journalEntryLimit = journalEntryLimit
        let pool = try Self.openPool(path: path, busyTimeout: busyTimeout)
        do throws(StationProblem) {
            try Self.migrate(pool, path: path)
            stationID = try Self.identify(pool, path: path, claim: claim, fallback: fallback)
        } catch {
            try? pool.close()
            throw error
        }
        self.pool = pool
    }

    private static func openPool(path: String, busyTimeout: Duration) throws(StationProblem) -> DatabasePool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StationProblem(
                .system, "The folder for the station database (\(folder.path)) cannot be created: \(error.localizedDescription)",
                advice: "Tell the administrator; the folder must be writable by the station's user.")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Double(busyTimeout.components.seconds) + Double(busyTimeout.components.attoseconds) / 1e18)
        configuration.label = "station"
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // A commit is on disk when it returns: a pickup confirmed at the counter survives
            // a power cut, because the WAL is fsynced at every commit. This cannot go in
            // `prepareDatabase`: GRDB's pool sets `synchronous = NORMAL` on the writer after
            // that hook, when it switches the file to WAL. The pool keeps its one writer
            // connection for its whole life, so setting it here holds; `synchronousLevel()`
            // reads it back, and a test counts the WAL's fsyncs.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            return pool
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// The writer connection's `PRAGMA synchronous` (2 = FULL: every commit syncs the WAL).
    /// Readers do not write, so their setting does not matter.
    public func synchronousLevel() throws(StationProblem) -> Int {
        do {
            return try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// Closes the database's connections. Later calls on this instance fail; open a new one.
    public func close() throws(StationProblem) {
        do { try pool.close() } catch { throw StationProblem(databaseError: error, path: path) }
    }

    // MARK: Transactions

    /// Runs `body` as one write transaction; any error rolls everything back and is translated
    /// into a `StationProblem` (a problem thrown by `body` passes through unchanged).
    func write<T>(_ body: (Database) throws -> T) throws(StationProblem) -> T {
        do { return try pool.write(body) } catch { throw StationProblem(databaseError: error, path: path) }
    }

    /// Runs `body` as one write transaction, as `write` does, for a commit someone is waiting
    /// for at the counter: SQLite's automatic WAL checkpoint (copying the WAL into the database
    /// file and syncing it, whenever a commit leaves 1,000 frames or more) does not run inside
    /// this commit unless the WAL has grown to ten times that. The next ordinary write runs it
    /// instead; after a pickup that is its slip's, made once the screen says "Recorded". The
    /// commit itself is synced exactly as any other (`synchronous = FULL`).
    func writeDeferringCheckpoint<T>(_ body: (Database) throws -> T) throws(StationProblem) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                // Through the C call, not `PRAGMA wal_autocheckpoint`: SQLite prepares a pragma
                // statement anew on every run, three parses a pickup.
                sqlite3_wal_autocheckpoint(db.sqliteConnection, Self.automaticCheckpointFrames * 10)
                defer { sqlite3_wal_autocheckpoint(db.sqliteConnection, Self.automaticCheckpointFrames) }
                // BEGIN and COMMIT as `inTransaction` runs them (IMMEDIATE, as GRDB does for
                // writes), from the statement cache: GRDB prepares both anew on every call.
                try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
                do {
                    let value = try body(db)
                    guard db.isInsideTransaction else {
                        // SQLite rolled back by itself after an error the body caught (a full
                        // disk, an I/O error): nothing is to be committed.
                        throw DatabaseError(resultCode: .SQLITE_ABORT, message: "the transaction was rolled back")
                    }
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                    return value
                } catch {
                    try? db.rollback()
                    throw error
                }
            }
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// SQLite's default automatic checkpoint size, in WAL frames, which the station keeps.
    static let automaticCheckpointFrames: Int32 = 1_000

    /// Runs `body` as one read transaction on the writer connection: for the short look-up a
    /// scan at the counter makes (what a code names, a person, an item, a requisition, a count's
    /// tally) and nothing longer. SQLite drops a connection's whole page cache when it starts a
    /// read after another connection has committed, which at the counter is after every scan:
    /// on a reader, each look-up read its pages again from the files, about a dozen `pread`s a
    /// scan (BENCHMARKS.md, "Pickup"). The writer's cache holds what it committed itself. A
    /// look-up waits behind a write in progress (each of the station's writes is one
    /// transaction: a scan's, a pickup's, a sync mark, a page of reference changes), so reports,
    /// exports and the journal read for a push stay on the readers (`read`). Each look-up sees
    /// one committed state, and another program's commit (an import from the command line) as
    /// soon as it is made.
    func lookUp<T>(_ body: (Database) throws -> T) throws(StationProblem) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                // Cached, as in `writeDeferringCheckpoint`: GRDB prepares BEGIN anew each time.
                try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
                defer { if db.isInsideTransaction { try? db.cachedStatement(sql: "COMMIT TRANSACTION").execute() } }
                return try body(db)
            }
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// Runs `body` on a snapshot of the last commit.
    func read<T>(_ body: (Database) throws -> T) throws(StationProblem) -> T {
        do { return try pool.read(body) } catch { throw StationProblem(databaseError: error, path: path) }
    }
}
