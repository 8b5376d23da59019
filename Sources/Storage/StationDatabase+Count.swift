internal import Foundation
public import QuartermasterCore
internal import GRDB

/// Counting assets (盘点) at the kiosk: sessions, one durable transaction per tag scan, and the
/// reads the auditor's screen needs. The hot path (`recordCountScan`) uses cached statements
/// and plain SQL: a count is thousands of scans, each waiting for its fsync.
extension StationDatabase: CountStore {
    // MARK: Opening

    public func openCount(_ opening: CountOpening) throws(StationProblem) -> CountSession {
        var scope: [String] = []
        for code in opening.scope.map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty && !scope.contains(code) {
            scope.append(code)
        }
        guard !scope.isEmpty else {
            throw StationProblem(.invalidInput, "A count needs at least one location in its scope.", advice: "Give the location codes to count, e.g. --scope LOC-HQ.")
        }
        return try write { db in
            var unknown: [String] = []
            for code in scope where try Int.fetchOne(db, sql: "SELECT 1 FROM location WHERE code = ?", arguments: [code]) == nil {
                unknown.append(code)
            }
            guard unknown.isEmpty else {
                throw StationProblem(
                    .invalidInput, "No location \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) is registered at this station; no count was opened.",
                    advice: "Check the codes on the location labels; `quartermaster import locations FILE.csv` registers locations.")
            }
            let withdrawn = try String.fetchAll(db, sql: """
                SELECT code FROM location WHERE withdrawn = 1 AND code IN (SELECT value FROM json_each(?)) ORDER BY code
                """, arguments: [Self.jsonArray(scope)])
            guard withdrawn.isEmpty else {
                throw StationProblem(
                    .invalidInput, "Location \(withdrawn.map { "\"\($0)\"" }.joined(separator: ", ")) was withdrawn by the centre; no count was opened.",
                    advice: "Count the locations that replaced it; the administrator can put it back at the centre if it was withdrawn by mistake.")
            }
            var generator = SystemRandomNumberGenerator()
            let session = CountSession(
                id: CountSession.makeID(openedAt: opening.time, using: &generator), scope: scope, blind: opening.blind,
                openedBy: opening.openedBy, openedAt: opening.time, station: opening.station,
                campaign: try Self.campaign(db, covering: scope, on: CalendarDate(opening.time, in: stationTimeZone)))
            try CountSessionRecord(session).insert(db)

            // The scope's codes and everything under them (UNION, not UNION ALL: a loop in the
            // tree ends instead of running for ever).
            let marks = Array(repeating: "?", count: scope.count).joined(separator: ", ")
            try db.execute(sql: """
                WITH RECURSIVE tree(code) AS (
                    SELECT code FROM location WHERE code IN (\(marks))
                    UNION SELECT l.code FROM location l JOIN tree t ON l.parent_code = t.code WHERE l.withdrawn = 0)
                INSERT INTO count_scope (session_id, location_code) SELECT ?, code FROM tree
                """, arguments: StatementArguments(scope + [session.id]))
            if let clash = try Row.fetchOne(db, sql: """
                SELECT c.session_id, c.location_code FROM count_scope c JOIN count_session s ON s.id = c.session_id
                WHERE s.closed_at IS NULL AND s.id <> ?
                  AND c.location_code IN (SELECT location_code FROM count_scope WHERE session_id = ?)
                ORDER BY s.opened_at LIMIT 1
                """, arguments: [session.id, session.id]) {
                let other: String = clash[0]
                let location: String = clash[1]
                throw StationProblem(
                    .conflict, "Location \(location) is already being counted in \(other), which is still open; no count was opened.",
                    advice: "Count into \(other) (scan the location label at the kiosk), or close it first: quartermaster count close \(other).")
            }
            try db.execute(sql: """
                INSERT INTO count_expected (session_id, tag, location_code)
                SELECT ?, a.tag, a.location_code FROM count_scope c JOIN asset a ON a.location_code = c.location_code
                WHERE c.session_id = ? AND a.status <> 'disposed' AND a.withdrawn = 0
                """, arguments: [session.id, session.id])
            let expected = db.changesCount
            let locations = try String.fetchAll(db, sql: "SELECT location_code FROM count_scope WHERE session_id = ? ORDER BY location_code", arguments: [session.id])
            _ = try appendJournal(db, kind: .countOpened, actor: opening.openedBy, time: opening.time,
                                  payload: CountOpenedPayload(session: session, locations: locations, expected: expected))
            return session
        }
    }

    public func openCountSession(holding locationCode: String) throws(StationProblem) -> CountSession? {
        try lookUp { db in
            try CountSessionRecord.fetchOne(db, sql: """
                SELECT s.* FROM count_scope c JOIN count_session s ON s.id = c.session_id
                WHERE c.location_code = ? AND s.closed_at IS NULL ORDER BY s.opened_at DESC LIMIT 1
                """, arguments: [locationCode])?.session()
        }
    }

    public func countProgress(session: String, location: Location) throws(StationProblem) -> CountProgress {
        try lookUp { db in try Self.countProgress(db, session: session, location: location) }
    }

    // MARK: Scanning

    public func recordCountScan(_ scan: CountTagScan) throws(StationProblem) -> CountScanResult {
        try write { db in
            try Self.requireOpenCount(db, session: scan.session, location: scan.locationCode)
            let asset = try Self.countAsset(db, tag: scan.tag)
            let earlier = try Self.countScan(db, session: scan.session, tag: scan.tag)
            let scanClass = CountScanClass.classify(asset: asset, scannedAt: scan.locationCode, earlier: earlier)
            if let outcome = scanClass.outcome {
                let recorded = CountScan(
                    session: scan.session, tag: scan.tag, locationCode: scan.locationCode, countedBy: scan.countedBy,
                    station: scan.station, time: scan.time, outcome: outcome, registeredLocation: asset?.locationCode)
                let journalID = try appendJournal(db, kind: .countScanned, actor: scan.countedBy, time: scan.time, payload: recorded)
                try db.cachedStatement(sql: """
                    INSERT INTO count_scan (session_id, tag, location_code, counted_by, station, time, outcome, move_accepted, journal_id, registered_location)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """).execute(arguments: [
                        scan.session, scan.tag, scan.locationCode, scan.countedBy, scan.station,
                        StoredTime.milliseconds(scan.time), outcome.rawValue, journalID, asset?.locationCode,
                    ])
            } else if let earlier {
                _ = try appendJournal(db, kind: .countDuplicate, actor: scan.countedBy, time: scan.time,
                                      payload: CountDuplicatePayload(scan: scan, earlier: earlier))
            }
            let location = try Self.countLocation(db, code: scan.locationCode)
            return CountScanResult(
                scan: scan, scanClass: scanClass, asset: asset, progress: try Self.countProgress(db, session: scan.session, location: location))
        }
    }

    public func acceptCountMove(_ acceptance: CountMoveAcceptance) throws(StationProblem) {
        try write { db in
            try Self.requireOpenCount(db, session: acceptance.session, location: nil)
            try db.execute(sql: "UPDATE count_scan SET move_accepted = 1 WHERE session_id = ? AND tag = ? AND outcome = 'moved'",
                           arguments: [acceptance.session, acceptance.tag])
            guard db.changesCount == 1 else {
                throw StationProblem(
                    .conflict, "\(acceptance.tag) was not counted as moved in \(acceptance.session); there is no move to accept.",
                    advice: "Scan the asset tag again at the location where it is.")
            }
            _ = try appendJournal(db, kind: .countMoveAccepted, actor: acceptance.acceptedBy, time: acceptance.time, payload: acceptance)
        }
    }

    public func registerSurplus(_ registration: SurplusRegistration) throws(StationProblem) -> Asset {
        let name = registration.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw StationProblem(.invalidInput, "A surplus tag needs a name to be registered.", advice: "Type its name and press Enter.")
        }
        return try write { db in
            try Self.requireOpenCount(db, session: registration.session, location: registration.locationCode)
            let outcome = try String.fetchOne(db, sql: "SELECT outcome FROM count_scan WHERE session_id = ? AND tag = ?",
                                              arguments: [registration.session, registration.tag])
            guard outcome == CountOutcome.surplus.rawValue else {
                throw StationProblem(
                    .conflict, "\(registration.tag) was not counted as surplus in \(registration.session); nothing was registered.",
                    advice: "Scan the tag first; only a tag the register does not know can be registered here.")
            }
            // Withdrawn from this site's register (moved to another's) and found here: back in
            // it, at this location, with what the register knew of it.
            try db.execute(sql: "UPDATE asset SET withdrawn = 0, location_code = ? WHERE tag = ? AND withdrawn = 1",
                           arguments: [registration.locationCode, registration.tag])
            if db.changesCount == 1, let restored = try AssetRecord.fetchOne(db, key: registration.tag) {
                let asset = try restored.asset()
                _ = try appendJournal(db, kind: .assetRegistered, actor: registration.registeredBy, time: registration.time,
                                      payload: AssetRegisteredPayload(asset: asset, reason: "withdrawn, then found in count \(registration.session)", session: registration.session))
                return asset
            }
            if let kind = try String.fetchOne(db, sql: "SELECT kind FROM code WHERE code = ?", arguments: [registration.tag]) {
                throw StationProblem(
                    .conflict, "\(registration.tag) is already a code at this station (\(kind)); it cannot become an asset tag.",
                    advice: "Put a new asset tag on the thing and scan that instead.")
            }
            let asset = Asset(tag: registration.tag, name: name, locationCode: registration.locationCode, status: .inUse)
            try AssetRecord(asset).insert(db)
            _ = try appendJournal(db, kind: .assetRegistered, actor: registration.registeredBy, time: registration.time,
                                  payload: AssetRegisteredPayload(asset: asset, reason: "surplus found in count \(registration.session)", session: registration.session))
            return asset
        }
    }

    public func reconciliation(session: String) throws(StationProblem) -> Reconciliation? {
        try read { db in try Self.reconciliation(db, session: session) }
    }

    // MARK: Inside transactions

    /// Codes as a JSON array, for `json_each`.
    static func jsonArray(_ codes: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(codes)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The campaign a session of `scope` opened on `day` belongs to: one not withdrawn, running
    /// that day, that covers every code of the scope (the code itself or a location above it is
    /// among the campaign's). Of several, the one that started last (then the first by id): a
    /// campaign planned for a few rooms inside a site-wide one is the more particular.
    static func campaign(_ db: Database, covering scope: [String], on day: CalendarDate) throws -> CountSession.Campaign? {
        try Row.fetchOne(db, sql: """
            WITH RECURSIVE up(scope, code) AS (
                SELECT value, value FROM json_each(?1)
                UNION SELECT up.scope, l.parent_code FROM location l JOIN up ON l.code = up.code WHERE l.parent_code IS NOT NULL)
            SELECT c.id, c.name FROM count_campaign c
            WHERE c.withdrawn = 0 AND c.starts <= ?2 AND c.ends >= ?2
              AND (SELECT count(DISTINCT up.scope) FROM up JOIN count_campaign_location cl
                   ON cl.campaign_id = c.id AND cl.location_code = up.code) = json_array_length(?1)
            ORDER BY c.starts DESC, c.id LIMIT 1
            """, arguments: [Self.jsonArray(scope), day.description]).map { CountSession.Campaign(id: $0[0], name: $0[1]) }
    }

    /// Refuses a session that is not open here, or a location outside its scope.
    static func requireOpenCount(_ db: Database, session: String, location: String?) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT closed_at FROM count_session WHERE id = ?"), arguments: [session]) else {
            throw StationProblem(.conflict, "There is no count \(session) at this station.", advice: "Scan the location label again.")
        }
        guard (row[0] as Int64?) == nil else {
            throw StationProblem(
                .conflict, "Count \(session) has been closed; nothing more is counted into it.",
                advice: "Scan the location label again; if no count is open there, open a new one.")
        }
        guard let location else { return }
        guard try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM count_scope WHERE session_id = ? AND location_code = ?"),
                               arguments: [session, location]) != nil else {
            throw StationProblem(
                .conflict, "Location \(location) is not in the scope of count \(session).",
                advice: "Scan the location label again: it finds the count that covers it.")
        }
    }

    static func countLocation(_ db: Database, code: String) throws -> Location {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT code, name, parent_code FROM location WHERE code = ?"), arguments: [code]) else {
            throw StationProblem(.conflict, "Location \(code) is not registered at this station.", advice: "Scan the location label again.")
        }
        return Location(code: row[0], name: row[1], parentCode: row[2])
    }

    static func countProgress(_ db: Database, session: String, location: Location) throws -> CountProgress {
        let tally = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM count_scan s WHERE s.session_id = e.session_id AND s.tag = e.tag)), 0)
            FROM count_expected e WHERE e.session_id = ? AND e.location_code = ?
            """), arguments: [session, location.code])
        let found = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM count_scan WHERE session_id = ? AND location_code = ?"),
                                     arguments: [session, location.code]) ?? 0
        let missingCount: Int = tally?[1] ?? 0
        var missing: [CountProgress.Missing] = []
        if missingCount > 0 {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT e.tag, a.name FROM count_expected e JOIN asset a ON a.tag = e.tag
                WHERE e.session_id = ? AND e.location_code = ?
                  AND NOT EXISTS (SELECT 1 FROM count_scan s WHERE s.session_id = e.session_id AND s.tag = e.tag)
                ORDER BY e.tag LIMIT ?
                """), arguments: [session, location.code, CountProgress.missingShown])
            while let row = try rows.next() { missing.append(CountProgress.Missing(tag: row[0], name: row[1])) }
        }
        return CountProgress(location: location, expected: tally?[0] ?? 0, found: found, missingCount: missingCount, missing: missing)
    }

    /// The asset columns in the order `countAsset(_:at:)` reads them.
    static let countAssetColumns = """
        a.tag, a.name, a.model, a.serial, a.category, a.location_code, a.status, a.custodian_badge,
        a.purchase_date, a.cost_cents, a.next_maintenance, a.last_counted, a.next_count
        """

    /// The asset this site's register holds under `tag`: one the centre withdrew (moved to
    /// another site's register) is not, and counts as surplus here until registered again.
    static func countAsset(_ db: Database, tag: String) throws -> Asset? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(countAssetColumns) FROM asset a WHERE a.tag = ? AND a.withdrawn = 0"), arguments: [tag])
            .map { try countAsset($0) }
    }

    /// An asset read by column position.
    static func countAsset(_ row: Row, at start: Int = 0) throws -> Asset {
        let tag: String = row[start]
        let statusText: String = row[start + 6]
        guard let status = AssetStatus(rawValue: statusText) else {
            throw StoredValueError(detail: "asset \(tag) has unknown status \"\(statusText)\"")
        }
        func date(_ offset: Int, _ column: String) throws -> CalendarDate? {
            guard let text: String = row[start + offset] else { return nil }
            guard let date = CalendarDate(text) else { throw StoredValueError(detail: "asset \(tag) has \(column) \"\(text)\", not a date") }
            return date
        }
        return Asset(
            tag: tag, name: row[start + 1], model: row[start + 2], serial: row[start + 3], category: row[start + 4],
            locationCode: row[start + 5], status: status, custodianBadge: row[start + 7],
            purchaseDate: try date(8, "purchase_date"), costCents: row[start + 9], nextMaintenance: try date(10, "next_maintenance"),
            lastCounted: try date(11, "last_counted"), nextCount: try date(12, "next_count"))
    }

    static let countScanColumns = "s.session_id, s.tag, s.location_code, s.counted_by, s.station, s.time, s.outcome, s.move_accepted, s.registered_location"

    static func countScan(_ db: Database, session: String, tag: String) throws -> CountScan? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(countScanColumns) FROM count_scan s WHERE s.session_id = ? AND s.tag = ?"),
                         arguments: [session, tag]).map { try countScan($0) }
    }

    /// A scan read by column position (`countScanColumns` from `start`).
    static func countScan(_ row: Row, at start: Int = 0) throws -> CountScan {
        let outcomeText: String = row[start + 6]
        guard let outcome = CountOutcome(rawValue: outcomeText) else {
            throw StoredValueError(detail: "count scan of \(row[start + 1] as String) has unknown outcome \"\(outcomeText)\"")
        }
        return CountScan(
            session: row[start], tag: row[start + 1], locationCode: row[start + 2], countedBy: row[start + 3], station: row[start + 4],
            time: StoredTime.date(row[start + 5]), outcome: outcome, moveAccepted: row[start + 7], registeredLocation: row[start + 8])
    }

    /// The session's facts, tag by tag in report order (where found, else where expected; then
    /// tag), streamed from one query into the core's rule: no array of the snapshot, the scans
    /// or the register is built, only the rows and the tallies.
    static func reconciliation(_ db: Database, session id: String) throws -> Reconciliation? {
        guard let session = try CountSessionRecord.fetchOne(db, key: id)?.session() else { return nil }
        let count = try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM count_expected WHERE session_id = ?1)
                 + (SELECT count(*) FROM count_scan s WHERE s.session_id = ?1
                      AND NOT EXISTS (SELECT 1 FROM count_expected e WHERE e.session_id = ?1 AND e.tag = s.tag))
            """, arguments: [id]) ?? 0
        var reconciliation = Reconciliation(session: session, capacity: count)
        // Columns: 0 tag, 1 expected?, 2 snapshot location, 3…8 the asset (tag first: NULL when
        // unregistered), 9… the scan (session first: NULL when not scanned).
        let facts = try Row.fetchCursor(db, sql: """
            SELECT t.tag, e.tag IS NOT NULL, e.location_code,
                   a.tag, a.name, a.category, a.location_code, a.status, a.cost_cents,
                   \(countScanColumns)
            FROM (SELECT tag FROM count_expected WHERE session_id = ?1 UNION SELECT tag FROM count_scan WHERE session_id = ?1) t
            LEFT JOIN count_expected e ON e.session_id = ?1 AND e.tag = t.tag
            LEFT JOIN count_scan s ON s.session_id = ?1 AND s.tag = t.tag
            LEFT JOIN asset a ON a.tag = t.tag
            ORDER BY coalesce(s.location_code, e.location_code, ''), t.tag
            """, arguments: [id])
        while let row = try facts.next() {
            var asset: Asset?
            if let tag: String = row[3] {
                let status: String = row[7]
                asset = Asset(tag: tag, name: row[4], category: row[5], locationCode: row[6],
                              status: AssetStatus(rawValue: status) ?? .inUse, costCents: row[8])
            }
            let scan = (row[9] as String?) == nil ? nil : try countScan(row, at: 9)
            reconciliation.add(ReconciliationFact(tag: row[0], isExpected: row[1], snapshotLocation: row[2], asset: asset, scan: scan))
        }
        return reconciliation
    }
}
