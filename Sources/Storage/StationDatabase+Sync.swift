public import Foundation
public import QuartermasterCore
internal import GRDB

/// The station's side of sync: the link to the centre, the journal in batches as the centre
/// takes them, and the marks the centre's answers move. Reads use a reader connection, and
/// each write is one small transaction: the sync client never holds the writer a scan needs.
extension StationDatabase {
    // MARK: The link

    /// The link to the centre; nil before `sync enrol`.
    public func syncLink() throws(StationProblem) -> SyncLink? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT centre_url, station_name, token, acknowledged, reference_cursor, last_error, last_attempt, last_success
                FROM sync_link WHERE id = 1
                """).map { row in
                SyncLink(
                    centreURL: row[0], stationName: row[1], token: row[2], acknowledged: row[3], referenceCursor: row[4],
                    lastError: row[5], lastAttempt: (row[6] as Int64?).map(StoredTime.date),
                    lastSuccess: (row[7] as Int64?).map(StoredTime.date))
            }
        }
    }

    /// Stores the link an enrolment made, replacing any earlier one: a new centre (or a
    /// re-enrolment after a revoke) starts its marks from zero and learns the centre's own
    /// acknowledged mark on the first sync.
    public func saveSyncLink(centreURL: String, stationName: String, token: String, at time: Date) throws(StationProblem) {
        try write { db in
            try db.execute(sql: "DELETE FROM sync_link")
            try db.execute(
                sql: "INSERT INTO sync_link (id, centre_url, station_name, token, last_success) VALUES (1, ?, ?, ?, ?)",
                arguments: [centreURL, stationName, token, StoredTime.milliseconds(time)])
        }
    }

    // MARK: Pushing

    /// Up to `limit` journal entries after `sequence`, as the centre takes them: the stored
    /// payload byte for byte, under this station's id (entries written before a rename are
    /// this station's history too; the rename event says so).
    public func syncEvents(after sequence: Int64, limit: Int) throws(StationProblem) -> [SyncEvent] {
        let station = stationID
        return try read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT id, sequence, actor, time, kind, payload FROM journal
                    WHERE sequence > ? ORDER BY sequence LIMIT ?
                    """),
                arguments: [sequence, limit]
            ).map { row in
                SyncEvent(id: row[0], station: station, sequence: row[1], actor: row[2], time: row[3], kind: row[4], payload: row[5])
            }
        }
    }

    /// Moves the acknowledged mark up to `sequence` (never down: a late answer to an earlier
    /// batch must not undo a later one) and records the success.
    public func recordAcknowledged(_ sequence: Int64, at time: Date) throws(StationProblem) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE sync_link SET acknowledged = MAX(acknowledged, ?), last_error = NULL,
                        last_attempt = ?, last_success = ? WHERE id = 1
                    """,
                arguments: [sequence, StoredTime.milliseconds(time), StoredTime.milliseconds(time)])
        }
    }

    /// Records why an attempt failed (the centre unreachable, a refusal, a gap), for the
    /// status line and `sync now`'s exit; the marks stay where they were.
    public func recordSyncFailure(_ message: String, at time: Date) throws(StationProblem) {
        try write { db in
            try db.execute(
                sql: "UPDATE sync_link SET last_error = ?, last_attempt = ? WHERE id = 1",
                arguments: [message, StoredTime.milliseconds(time)])
        }
    }

    /// How many journal entries the centre has not acknowledged, and the oldest one's time.
    public func syncBacklog() throws(StationProblem) -> SyncBacklog {
        try read { db in
            let acknowledged = try Int64.fetchOne(db, sql: "SELECT acknowledged FROM sync_link WHERE id = 1") ?? 0
            let row = try Row.fetchOne(
                db, sql: "SELECT COUNT(*), MIN(time) FROM journal WHERE sequence > ?", arguments: [acknowledged])
            return SyncBacklog(count: row?[0] ?? 0, oldest: (row?[1] as Int64?).map(StoredTime.date))
        }
    }
}
