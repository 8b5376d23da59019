internal import GRDB
internal import QuartermasterCore

/// A row of `requisition`; its lines live in `requisition_line`.
struct RequisitionRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "requisition"

    var number: String
    var applicantBadge: String
    var department: String
    /// `YYYY-MM-DD`.
    var date: String
    var purpose: String
    var approver: String
    var status: String
    var rejectionReason: String?

    enum CodingKeys: String, CodingKey {
        case number
        case applicantBadge = "applicant_badge"
        case department, date, purpose, approver, status
        case rejectionReason = "rejection_reason"
    }
}

// In an extension, so the memberwise initializer stays synthesized.
extension RequisitionRecord {
    /// Decoded by hand rather than through `Decodable` (GRDB's keyed decoding container costs
    /// several times SQLite's own work for the row): every scan at the counter and every pickup
    /// reads this record.
    init(row: Row) throws {
        number = try row.decode(forColumn: "number")
        applicantBadge = try row.decode(forColumn: "applicant_badge")
        department = try row.decode(forColumn: "department")
        date = try row.decode(forColumn: "date")
        purpose = try row.decode(forColumn: "purpose")
        approver = try row.decode(forColumn: "approver")
        status = try row.decode(forColumn: "status")
        rejectionReason = try row.decode(forColumn: "rejection_reason")
    }

    init(_ requisition: Requisition) {
        number = requisition.number
        applicantBadge = requisition.applicantBadge
        department = requisition.department
        date = requisition.date.description
        purpose = requisition.purpose
        approver = requisition.approver
        status = requisition.status.rawValue
        rejectionReason = requisition.rejectionReason
    }

    func requisition(lines: [RequisitionLine]) throws -> Requisition {
        guard let calendarDate = CalendarDate(date) else {
            throw StoredValueError(detail: "requisition \(number) has date \"\(date)\"")
        }
        guard let requisitionStatus = RequisitionStatus(rawValue: status) else {
            throw StoredValueError(detail: "requisition \(number) has unknown status \"\(status)\"")
        }
        return Requisition(
            number: number, applicantBadge: applicantBadge, department: department, date: calendarDate,
            purpose: purpose, approver: approver, status: requisitionStatus, rejectionReason: rejectionReason, lines: lines)
    }
}
