internal import GRDB
internal import GRDBSQLite

/// A statement from the connection's cache (`Database.cachedStatement`), bound, stepped and
/// read through SQLite's C API instead of GRDB's `StatementArguments`, `Row` and record
/// decoding. For the writes and reads the keeper waits for at the counter: callgrind gave GRDB's
/// wrapping about 12 k instructions a fetch (a `Row` builds a dictionary of its column names)
/// and several thousand a write, against SQLite's own 2–5 k.
///
/// Columns are read by position, so each query names its columns in the order it reads them.
/// Every use ends with `finish()` (or the statement is reset at the next use), so no read
/// stays open on the connection.
struct CachedSQL {
    private let statement: OpaquePointer
    private let connection: OpaquePointer

    /// The cached statement for `sql`, reset and with no values bound.
    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection!
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    // MARK: Binding (positions count from 1, as in SQL)

    func bind(_ position: Int32, _ text: String) {
        _ = text.withCString { sqlite3_bind_text(statement, position, $0, -1, Self.transient) }
    }

    func bind(_ position: Int32, _ text: String?) {
        if let text { bind(position, text) } else { sqlite3_bind_null(statement, position) }
    }

    func bind(_ position: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement, position, value)
    }

    func bind(_ position: Int32, _ value: Int) {
        sqlite3_bind_int64(statement, position, Int64(value))
    }

    // MARK: Stepping

    /// Runs the statement to its next row: true when there is one to read, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let message = String(cString: sqlite3_errmsg(connection))
            let sql = String(cString: sqlite3_sql(statement))
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    /// Runs a statement that returns no rows (an insert or update) and resets it.
    func execute() throws {
        defer { finish() }
        while try step() {}
    }

    /// Resets the statement, ending its read if rows were left unread.
    func finish() {
        sqlite3_reset(statement)
    }

    // MARK: Reading the current row (positions count from 0)

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : text(column)
    }

    func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement, column))
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
