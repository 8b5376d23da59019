internal import Foundation
public import QuartermasterCore
internal import GRDB

/// The office's side of a count, at the command line: listing sessions, closing one (the
/// register adjusted with reasons, count dates set), and writing off what stayed missing.
extension StationDatabase {
    // MARK: Sessions

    /// Every session, open ones first, then the newest first; with how far each got.
    public func countSessions() throws(StationProblem) -> [CountSessionSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT count(*) FROM count_expected e WHERE e.session_id = s.id) AS expected,
                       (SELECT count(*) FROM count_scan c WHERE c.session_id = s.id) AS counted
                FROM count_session s ORDER BY s.closed_at IS NOT NULL, s.opened_at DESC, s.id
                """)
            return try rows.map { row in
                CountSessionSummary(session: try CountSessionRecord(row: row).session(), expected: row["expected"], counted: row["counted"])
            }
        }
    }

    public func countSession(id: String) throws(StationProblem) -> CountSession? {
        try read { db in try CountSessionRecord.fetchOne(db, key: id)?.session() }
    }

    /// The session opened last (of the open ones only, with `openOnly`): what `--last` means.
    public func lastCountSession(openOnly: Bool) throws(StationProblem) -> CountSession? {
        try read { db in
            try CountSessionRecord.fetchOne(db, sql: """
                SELECT * FROM count_session \(openOnly ? "WHERE closed_at IS NULL" : "") ORDER BY opened_at DESC, rowid DESC LIMIT 1
                """)?.session()
        }
    }

    /// The names of the locations a session covers or found something in, by code: what a
    /// report prints beside each code.
    public func countLocationNames(session: String) throws(StationProblem) -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT code, name FROM location WHERE code IN (
                    SELECT location_code FROM count_scope WHERE session_id = ?
                    UNION SELECT location_code FROM count_scan WHERE session_id = ?
                    UNION SELECT location_code FROM count_expected WHERE session_id = ?)
                """, arguments: [session, session, session])
            var names: [String: String] = [:]
            for row in rows { names[row[0]] = row[1] }
            return names
        }
    }

    // MARK: Closing

    /// Closes an open count in one transaction: applies the accepted moves (every move with
    /// `acceptAllMoves`) to the register, each journalled as `asset.moved` with the reason
    /// "count SESSION"; sets the last and next count dates of every asset the count found;
    /// leaves missing assets as they are (a write-off is a separate, deliberate act); and
    /// journals `count.closed`. Refuses a session that is unknown or already closed.
    public func closeCount(_ closing: CountClosing) throws(StationProblem) -> CountClosure {
        try write { db in
            guard let record = try CountSessionRecord.fetchOne(db, key: closing.session) else {
                throw StationProblem(.invalidInput, "There is no count \(closing.session) at this station.", advice: "See the sessions with `quartermaster count list`.")
            }
            if let closedBy = record.closedBy {
                throw StationProblem(
                    .conflict, "Count \(closing.session) was already closed by \(closedBy); nothing was changed.",
                    advice: "Its report: quartermaster count report \(closing.session) --format csv.")
            }
            guard var reconciliation = try Self.reconciliation(db, session: closing.session) else {
                throw StationProblem(.invalidInput, "There is no count \(closing.session) at this station.", advice: "See the sessions with `quartermaster count list`.")
            }
            let reason = "count \(closing.session)"
            var moves: [CountClosure.Move] = []
            for row in reconciliation.rows where row.outcome == .moved && (row.moveAccepted || closing.acceptAllMoves) {
                guard let to = row.foundLocation else { continue }
                let from = try String.fetchOne(db, sql: "SELECT location_code FROM asset WHERE tag = ?", arguments: [row.tag])
                try recordMove(db, tag: row.tag, from: from, to: to, reason: reason, session: closing.session, actorBadge: closing.closedBy, time: closing.time)
                try db.execute(sql: "UPDATE count_scan SET move_accepted = 1 WHERE session_id = ? AND tag = ? AND outcome = 'moved'",
                               arguments: [closing.session, row.tag])
                moves.append(CountClosure.Move(tag: row.tag, from: from, to: to))
            }
            try db.execute(sql: """
                UPDATE asset SET last_counted = ?, next_count = ?
                WHERE tag IN (SELECT tag FROM count_scan WHERE session_id = ?) AND status <> 'disposed'
                """, arguments: [closing.lastCounted.description, closing.nextCount.description, closing.session])
            let counted = db.changesCount
            try db.execute(sql: "UPDATE count_session SET closed_at = ?, closed_by = ? WHERE id = ?",
                           arguments: [StoredTime.milliseconds(closing.time), closing.closedBy, closing.session])
            var outcomes: [String: Int] = [:]
            for outcome in CountOutcome.allCases { outcomes[outcome.rawValue] = reconciliation.total[outcome] }
            _ = try appendJournal(db, kind: .countClosed, actor: closing.closedBy, time: closing.time, payload: CountClosedPayload(
                closing: closing, expected: reconciliation.total.expected, outcomes: outcomes,
                movesApplied: moves.map(\.tag), datesSet: counted))

            let moved = Set(moves.map(\.tag))
            reconciliation.session.closedAt = closing.time
            reconciliation.session.closedBy = closing.closedBy
            if !moved.isEmpty {
                for index in reconciliation.rows.indices where moved.contains(reconciliation.rows[index].tag) {
                    reconciliation.rows[index].moveAccepted = true
                }
            }
            return CountClosure(reconciliation: reconciliation, moves: moves, counted: counted)
        }
    }

    // MARK: Writing off

    /// Disposes of assets a closed count left missing, each with a disposal record (date,
    /// reason, approver) and an `asset.disposed` event, in one transaction: all of them or none.
    /// Refuses an open count (close it first), a tag the count did not leave missing, one
    /// found since in a later count (a recount), and one already disposed of.
    public func writeOff(_ writeOff: CountWriteOff) throws(StationProblem) -> [String] {
        let reason = writeOff.reason.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            throw StationProblem(.invalidInput, "A write-off needs a reason.", advice: "Give one with --reason, e.g. --reason \"盘亏，经调查确认丢失\".")
        }
        return try write { db in
            guard let record = try CountSessionRecord.fetchOne(db, key: writeOff.session) else {
                throw StationProblem(.invalidInput, "There is no count \(writeOff.session) at this station.", advice: "See the sessions with `quartermaster count list`.")
            }
            guard record.closedAt != nil else {
                throw StationProblem(
                    .conflict, "Count \(writeOff.session) is still open; nothing was written off.",
                    advice: "Close it first (quartermaster count close \(writeOff.session)): what is missing is known only then.")
            }
            guard let reconciliation = try Self.reconciliation(db, session: writeOff.session) else { return [] }
            let missing = reconciliation.rows(.missing).map(\.tag)
            let missingSet = Set(missing)
            let tags = writeOff.tags ?? missing
            guard !tags.isEmpty else {
                throw StationProblem(.invalidInput, "Count \(writeOff.session) left nothing missing; nothing was written off.", advice: "")
            }
            for tag in tags {
                guard missingSet.contains(tag) else {
                    throw StationProblem(
                        .conflict, "\(tag) was not missing in count \(writeOff.session); nothing was written off.",
                        advice: "Only assets the count did not find are written off here; see them with `quartermaster count report \(writeOff.session) --format csv`.")
                }
                if let later = try String.fetchOne(db, sql: """
                    SELECT s.session_id FROM count_scan s JOIN count_session c ON c.id = s.session_id
                    WHERE s.tag = ? AND c.opened_at > ? ORDER BY c.opened_at DESC LIMIT 1
                    """, arguments: [tag, record.openedAt]) {
                    throw StationProblem(
                        .conflict, "\(tag) was found since, in count \(later); nothing was written off.",
                        advice: "Leave it out of the write-off: the recount found it.")
                }
                let status = try String.fetchOne(db, sql: "SELECT status FROM asset WHERE tag = ?", arguments: [tag])
                if status == AssetStatus.disposed.rawValue {
                    throw StationProblem(.conflict, "\(tag) is already disposed of; nothing was written off.", advice: "Leave it out of the write-off.")
                }
            }
            for tag in tags {
                let disposal = AssetDisposal(tag: tag, date: writeOff.date, reason: reason, approver: writeOff.approver)
                try recordDisposal(db, disposal, session: writeOff.session, actorBadge: writeOff.by, time: writeOff.time)
            }
            return tags
        }
    }
}
