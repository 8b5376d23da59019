internal import QuartermasterCore

/// A requisition as an import left it (its lines replaced by the file's), for the journal.
struct ImportedRequisition: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var itemCode: String
        var requested: Int
        var approved: Int
    }

    var change: ImportedRecordChange
    var number: String
    var applicantBadge: String
    var department: String
    /// `YYYY-MM-DD`.
    var date: String
    var purpose: String
    var approver: String
    var status: String
    var rejectionReason: String?
    var lines: [Line]

    init(_ requisition: Requisition, change: ImportedRecordChange) {
        self.change = change
        number = requisition.number
        applicantBadge = requisition.applicantBadge
        department = requisition.department
        date = requisition.date.description
        purpose = requisition.purpose
        approver = requisition.approver
        status = requisition.status.rawValue
        rejectionReason = requisition.rejectionReason
        lines = requisition.lines.map { Line(itemCode: $0.itemCode, requested: $0.requested, approved: $0.approved) }
    }
}
