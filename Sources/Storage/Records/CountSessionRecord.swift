internal import Foundation
internal import GRDB
internal import QuartermasterCore

/// A row of `count_session`.
struct CountSessionRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "count_session"

    var id: String
    /// JSON array of the location codes as given.
    var scope: String
    var blind: Bool
    var openedBy: String
    var openedAt: Int64
    var station: String
    var closedAt: Int64?
    var closedBy: String?
    var campaignID: String?
    var campaignName: String?

    enum CodingKeys: String, CodingKey {
        case id, scope, blind, station
        case openedBy = "opened_by"
        case openedAt = "opened_at"
        case closedAt = "closed_at"
        case closedBy = "closed_by"
        case campaignID = "campaign_id"
        case campaignName = "campaign_name"
    }

    init(_ session: CountSession) throws {
        id = session.id
        scope = String(decoding: try JSONEncoder().encode(session.scope), as: UTF8.self)
        blind = session.blind
        openedBy = session.openedBy
        openedAt = StoredTime.milliseconds(session.openedAt)
        station = session.station
        closedAt = session.closedAt.map(StoredTime.milliseconds)
        closedBy = session.closedBy
        campaignID = session.campaign?.id
        campaignName = session.campaign?.name
    }

    func session() throws -> CountSession {
        guard let codes = try? JSONDecoder().decode([String].self, from: Data(scope.utf8)) else {
            throw StoredValueError(detail: "count session \(id) has scope \"\(scope)\", not a list of codes")
        }
        return CountSession(
            id: id, scope: codes, blind: blind, openedBy: openedBy, openedAt: StoredTime.date(openedAt), station: station,
            closedAt: closedAt.map(StoredTime.date), closedBy: closedBy,
            campaign: campaignID.map { CountSession.Campaign(id: $0, name: campaignName ?? $0) })
    }
}
