internal import Foundation
internal import QuartermasterCore

/// The journal's record of a visit event: the visit's number, status, host, purpose and times.
/// Never the visitor's name, company or phone: the journal is append-only and outlives the
/// retention period, so personal data lives in the `visit` row alone, where anonymising
/// removes it (`visitors purge`, the daily closing).
struct VisitPayload: Encodable, Sendable {
    var visit: Int64
    var status: String
    var hostBadge: String
    var purpose: String
    var expectedDate: String
    var arrival: Date?
    var departure: Date?
    var rulesVersion: String?
    var station: String
    /// The invite's code, so the centre counts a visitor its invite brought once, whichever of
    /// the site's receptions signed them in (each holds the invite as an expected visit).
    var invite: String?

    init(_ visit: Visit, id: Int64, station: String) {
        self.visit = id
        status = visit.status.rawValue
        hostBadge = visit.hostBadge
        purpose = visit.purpose
        expectedDate = visit.expectedDate.description
        arrival = visit.arrival
        departure = visit.departure
        rulesVersion = visit.rulesVersion
        self.station = station
        invite = visit.inviteCode
    }
}
