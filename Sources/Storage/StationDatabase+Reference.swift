public import Foundation
public import QuartermasterCore
internal import GRDB

/// Reference data from the centre (`GET /v1/reference`), applied one page per transaction with
/// its cursor: a page is all there or not at all, and a kill between pages resumes after the
/// last one applied. Every kind goes through the rules its import or its desk at the station
/// uses (codes that name one thing only, quantity-shaped codes refused, a journal event with
/// the values), as if the centre had handed in a file: people, items, requisitions, locations
/// and assets through their CSV imports, invites as reception registers a visit ahead, count
/// campaigns into the table the count reads.
///
/// A change those rules refuse (an asset tag that is already an item's code here, a host this
/// station does not know) is refused alone: the rest of the page is applied, the cursor moves
/// on, and the refusal is journalled (`reference.refused`, which the centre receives) and
/// returned for `sync now` to print. Corrected at the centre, the record comes again as a new
/// change. So a station 90 days behind catches up past one bad record instead of stopping.
extension StationDatabase {
    /// Applies the page and stores its cursor; returns what was applied, skipped and refused.
    ///
    /// - Requisitions: a draft or a rejected one is stored with its status and reason, and the
    ///   counter refuses it as it refuses an imported one. One this station already picked
    ///   against is left as it is (its picks are facts; the centre hears of them by push).
    /// - Assets: one this station has counted or moved keeps the location and status its facts
    ///   gave it; the rest of its values are the centre's.
    /// - Invites: an invite already used here (signed in, turned away, a no-show) stays as it is.
    /// - Withdrawn (no body): a person is deactivated; a location, an asset or a campaign is
    ///   marked withdrawn, never deleted (assets, counts and moves point at them) — a withdrawn
    ///   location is not opened for counting, a withdrawn asset is not expected in a count, a
    ///   withdrawn campaign takes no new sessions; put again, each is back. An unused invite
    ///   loses its code (reception no longer knows it) and the visitor's data. A withdrawn item
    ///   or requisition is passed over and counted in `skipped`. (An unused invite withdrawn is
    ///   marked too, so the closing time does not make it a no-show.)
    @discardableResult
    public func applyReference(_ page: ReferencePage, at time: Date) throws(StationProblem) -> ReferenceApplication {
        let file = "centre reference \(page.changes.first?.cursor ?? page.cursor)–\(page.cursor)"
        do {
            return try pool.write { db in
                // The last change of a key in the page is the one that counts.
                var latest: [String: [String: ReferenceChange]] = [:]
                for change in page.changes { latest[change.kind, default: [:]][change.key] = change }
                func changes(_ kind: String) -> [ReferenceChange] {
                    (latest.removeValue(forKey: kind) ?? [:]).values.sorted { $0.key < $1.key }
                }
                var application = ReferenceApplication()
                let apply = ReferenceApply(database: self, db: db, file: file, time: time)
                try apply.people(changes("person"), &application)
                try apply.items(changes("item"), &application)
                try apply.requisitions(changes("requisition"), &application)
                try apply.locations(changes("location"), &application)
                try apply.assets(changes("asset"), &application)
                try apply.invites(changes("invite"), &application)
                try apply.campaigns(changes("campaign"), &application)
                application.skipped += latest.values.reduce(0) { $0 + $1.count }  // kinds newer than this station
                if !application.refused.isEmpty {
                    application.refused.sort { $0.cursor < $1.cursor }
                    _ = try appendJournal(db, kind: .referenceRefused, actor: Self.centreActor, time: time,
                                          payload: ReferenceRefusedPayload(file: file, refused: application.refused, station: stationID))
                }
                try db.execute(sql: "UPDATE sync_link SET reference_cursor = ? WHERE id = 1", arguments: [page.cursor])
                return application
            }
        } catch let failure as CSVImportFailure {
            throw StationProblem(
                .invalidInput, "The centre's reference data could not be applied, so none of this page was: \(failure)",
                advice: "Tell the administrator: the record named must be corrected at the centre (the station keeps working with what it has).")
        } catch let error as DecodingError {
            throw StationProblem(
                .invalidInput, "The centre sent reference data this station cannot read: \(error)",
                advice: "Update this station's program to the centre's version.")
        } catch let problem as StationProblem {
            throw problem
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// Who the journal says changed reference data that came from the centre.
    static let centreActor = "centre"
}

/// What one reference page did at the station.
public struct ReferenceApplication: Sendable, Hashable {
    public var applied = 0
    public var skipped = 0
    /// Changes this station's rules refused, oldest first; the rest of the page was applied.
    public var refused: [ReferenceRefusal] = []
}

/// One change from the centre the station refused, and why, for a person at the centre to fix.
public struct ReferenceRefusal: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: String
    public var key: String
    public var cursor: Int64
    public var reason: String

    public var description: String { "\(kind) \(key) (change \(cursor)): \(reason)" }
}

/// The journal's `reference.refused`.
struct ReferenceRefusedPayload: Encodable, Sendable {
    var file: String
    var refused: [ReferenceRefusal]
    var station: String
}
