internal import GRDB
internal import QuartermasterCore

/// A row of `loan`: one asset out to one borrower, closed when it comes back.
struct LoanRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "loan"

    /// Assigned by SQLite on insert; gives loans their recording order.
    var id: Int64?
    var tag: String
    var borrower: String
    var lentBy: String
    var lentAt: Int64
    var due: String
    var returnedAt: Int64?
    var returnedBy: String?
    var station: String

    enum CodingKeys: String, CodingKey {
        case id, tag, borrower, due, station
        case lentBy = "lent_by"
        case lentAt = "lent_at"
        case returnedAt = "returned_at"
        case returnedBy = "returned_by"
    }

    init(_ loan: Loan) {
        id = nil
        tag = loan.tag
        borrower = loan.borrowerBadge
        lentBy = loan.lentBy
        lentAt = StoredTime.milliseconds(loan.lentAt)
        due = loan.due.description
        returnedAt = loan.returnedAt.map(StoredTime.milliseconds)
        returnedBy = loan.returnedBy
        station = loan.station
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func loan() throws -> Loan {
        guard let due = CalendarDate(due) else {
            throw StoredValueError(detail: "loan \(id ?? 0) of \(tag) has due date \"\(self.due)\", not a date")
        }
        return Loan(
            tag: tag, borrowerBadge: borrower, lentBy: lentBy, lentAt: StoredTime.date(lentAt), due: due,
            returnedAt: returnedAt.map(StoredTime.date), returnedBy: returnedBy, station: station)
    }
}
