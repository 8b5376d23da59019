internal import GRDB
internal import QuartermasterCore

/// SQLite's failures said the way a keeper or an admin can act on them. A problem the store
/// raised itself (a pick larger than what is owed) passes through unchanged.
extension StationProblem {
    init(databaseError error: any Error, path: String) {
        if let problem = error as? StationProblem {
            self = problem
            return
        }
        if let stored = error as? StoredValueError {
            self.init(
                .system, "The station database at \(path) holds a value this program does not understand: \(stored.detail).",
                advice: "Tell the administrator; the database may have been edited by hand or by a newer version.")
            return
        }
        guard let database = error as? DatabaseError else {
            self.init(.system, "The station database at \(path) failed: \(error).", advice: "Tell the administrator.")
            return
        }
        let detail = database.message ?? "\(database.resultCode)"
        switch database.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self.init(
                .busy, "The station database is busy: another program is using it.",
                advice: "Wait a moment and try again; if it keeps happening, close other programs using \(path).")
        case .SQLITE_CONSTRAINT:
            self.init(
                .conflict, "The station database refused the change (\(detail)); nothing was recorded.",
                advice: "Check what was entered and try again; if it keeps happening, tell the administrator.")
        case .SQLITE_FULL:
            self.init(
                .system, "The disk holding the station database (\(path)) is full; nothing was recorded.",
                advice: "Tell the administrator to free disk space, then try again.")
        case .SQLITE_IOERR:
            self.init(
                .system, "The station database (\(path)) could not be read or written (\(detail)); nothing was recorded.",
                advice: "Tell the administrator: the disk may be failing or unplugged.")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            self.init(
                .system, "The station database (\(path)) cannot be opened for writing (\(detail)).",
                advice: "Tell the administrator: the file or its folder must be writable by the station's user.")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            self.init(
                .system, "The station database (\(path)) is damaged or is not a Quartermaster database (\(detail)).",
                advice: "Tell the administrator: restore it from the last backup; the journal at the centre has what was synced.")
        default:
            self.init(
                .system, "The station database (\(path)) failed (\(detail)); nothing was recorded.",
                advice: "Try again; if it keeps happening, tell the administrator.")
        }
    }
}
