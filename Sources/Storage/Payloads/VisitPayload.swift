internal import Foundation
internal import QuartermasterCore

/// The journal's record of a visit event: the visit's number and what the centre needs to
/// rebuild the visit without the station's tables. Personal data (name, company, phone) is in
/// the invite and sign-in entries only, and `visit.anonymised` tells the centre to drop it too.
struct VisitPayload: Encodable, Sendable {
    var visit: Int64
    var status: String
    var hostBadge: String
    var purpose: String
    var expectedDate: String
    var name: String?
    var company: String?
    var phone: String?
    var arrival: Date?
    var departure: Date?
    var rulesVersion: String?
    var station: String

    init(_ visit: Visit, id: Int64, station: String, personal: Bool) {
        self.visit = id
        status = visit.status.rawValue
        hostBadge = visit.hostBadge
        purpose = visit.purpose
        expectedDate = visit.expectedDate.description
        if personal {
            name = visit.name
            company = visit.company
            phone = visit.phone
        }
        arrival = visit.arrival
        departure = visit.departure
        rulesVersion = visit.rulesVersion
        self.station = station
    }
}
