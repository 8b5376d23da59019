internal import GRDB
internal import QuartermasterCore

/// A row of `visit`: one visitor's visit, from the invite (or walk-in) to the sign-out.
struct VisitRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "visit"

    var id: Int64?
    var name: String
    var company: String
    var phone: String?
    var purpose: String
    var hostBadge: String
    var expectedDate: String
    var arrival: Int64?
    var departure: Int64?
    var badgeCode: String?
    var inviteCode: String?
    var status: String
    var rulesVersion: String?
    var anonymised: Int
    var station: String

    enum CodingKeys: String, CodingKey {
        case id, name, company, phone, purpose, arrival, departure, status, anonymised, station
        case hostBadge = "host_badge"
        case expectedDate = "expected_date"
        case badgeCode = "badge_code"
        case inviteCode = "invite_code"
        case rulesVersion = "rules_version"
    }

    init(_ visit: Visit, station: String) {
        id = visit.id
        name = visit.name
        company = visit.company
        phone = visit.phone
        purpose = visit.purpose
        hostBadge = visit.hostBadge
        expectedDate = visit.expectedDate.description
        arrival = visit.arrival.map(StoredTime.milliseconds)
        departure = visit.departure.map(StoredTime.milliseconds)
        badgeCode = visit.badgeCode
        inviteCode = visit.inviteCode
        status = visit.status.rawValue
        rulesVersion = visit.rulesVersion
        anonymised = visit.anonymised ? 1 : 0
        self.station = station
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func visit() throws -> Visit {
        guard let date = CalendarDate(expectedDate), let status = VisitStatus(rawValue: status) else {
            throw StoredValueError(detail: "visit \(id ?? 0) has date \"\(expectedDate)\" and status \"\(self.status)\"")
        }
        return Visit(
            id: id, name: name, company: company, phone: phone, purpose: purpose, hostBadge: hostBadge, expectedDate: date,
            arrival: arrival.map(StoredTime.date), departure: departure.map(StoredTime.date), badgeCode: badgeCode,
            inviteCode: inviteCode, status: status, rulesVersion: rulesVersion, anonymised: anonymised == 1)
    }
}
