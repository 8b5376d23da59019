public import Foundation
public import QuartermasterCore
internal import GRDB

/// Which station this database belongs to: stored when it is created (migration
/// `v3-station-identity`), checked on every open, changed only by a deliberate rename.
extension StationDatabase {
    // MARK: Checking

    /// The stored id; a new database (or one with an empty journal from before the identity was
    /// stored) takes `claim`, else `fallback`. With `claim` nil the stored id is used as it is.
    static func identify(_ pool: DatabasePool, path: String, claim: String?, fallback: String? = nil) throws(StationProblem) -> String {
        let stored: String
        do {
            stored = try pool.write { db -> String in
                if let id = try String.fetchOne(db, sql: "SELECT id FROM station") { return id }
                guard let claim = claim ?? fallback, !claim.isEmpty else {
                    throw StationProblem(
                        .invalidInput, "The station database at \(path) has no station id yet.",
                        advice: "Give one with --station ID (or QM_STATION, or `station:` in station.yaml).")
                }
                try db.execute(sql: "INSERT INTO station (id) VALUES (?)", arguments: [claim])
                return claim
            }
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
        if let claim, claim != stored {
            throw StationProblem(
                .invalidInput,
                "The station database at \(path) belongs to station \"\(stored)\", but this program was started as station \"\(claim)\"; nothing was opened, so its journal does not split in two.",
                advice: "Start it as \"\(stored)\" (--station \(stored), QM_STATION or `station: \(stored)` in station.yaml, or none of them). If this station is really to be called \"\(claim)\" from now on, run `quartermaster db rename-station \(claim) --station \(stored)` once, then start it as \"\(claim)\".")
        }
        return stored
    }

    // MARK: Renaming

    /// Renames the station whose database is at `path` from `expected` (the id it holds now,
    /// so an admin renames the station they mean) to `newID`, and records a `station.renamed`
    /// event under the new id with the old one: the journal's sequence runs on across the
    /// rename, so whoever reads it (`journal(after:)`, the centre) keeps one unbroken history.
    /// Returns the database opened as `newID`.
    public static func renameStation(
        path: String, from expected: String, to newID: String, actorBadge: String, time: Date
    ) throws(StationProblem) -> StationDatabase {
        let trimmed = newID.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == newID else {
            throw StationProblem(.invalidInput, "A station id cannot be empty or start or end with spaces.", advice: "Give the new id as it should be written, for example STORE-2F.")
        }
        let database = try StationDatabase(path: path, stationID: expected)
        guard newID != expected else { return database }
        let renamed = try database.write { db -> StationRenamedPayload in
            let payload = StationRenamedPayload(previous: expected, station: newID)
            try db.execute(sql: "UPDATE station SET id = ?", arguments: [newID])
            _ = try database.appendJournal(db, station: newID, kind: .stationRenamed, actor: actorBadge, time: time, payload: payload)
            return payload
        }
        try database.close()
        return try StationDatabase(path: path, stationID: renamed.station)
    }
}
