internal import Foundation
internal import QuartermasterCore

/// The journal's record of a loan lent (`loan.lent`) or returned (`loan.returned`): the whole
/// loan, so the centre can rebuild who has what without the station's tables. The entry's actor
/// is who handed it over or took it back; times are the entry's milliseconds.
struct LoanPayload: Encodable, Sendable {
    var tag: String
    var borrowerBadge: String
    var lentBy: String
    var lentAt: Date
    /// `YYYY-MM-DD`, the office's day.
    var due: String
    var returnedAt: Date?
    var returnedBy: String?
    var station: String

    init(_ loan: Loan) {
        tag = loan.tag
        borrowerBadge = loan.borrowerBadge
        lentBy = loan.lentBy
        lentAt = loan.lentAt
        due = loan.due.description
        returnedAt = loan.returnedAt
        returnedBy = loan.returnedBy
        station = loan.station
    }
}
