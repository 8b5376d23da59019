/// Where a requisition stands in the loop request → approval → allocation → pickup.
public enum RequisitionStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case draft
    case approved
    case rejected
    case partlyPicked = "partly_picked"
    case pickedUp = "picked_up"
    case cancelled

    /// Whether the storeroom may hand goods out against it.
    public var isPickable: Bool { self == .approved || self == .partlyPicked }
}

/// One line of a requisition: what was asked for, what the approver allowed, what left the shelf.
public struct RequisitionLine: Sendable, Hashable, Codable {
    public var itemCode: String
    public var requested: Int
    public var approved: Int
    public var picked: Int

    public init(itemCode: String, requested: Int, approved: Int, picked: Int = 0) {
        self.itemCode = itemCode
        self.requested = requested
        self.approved = approved
        self.picked = picked
    }

    /// Units still owed to the applicant: a backorder when the shelf ran short.
    public var remaining: Int { max(0, approved - picked) }
}

/// A requisition (申領單) as the central office approved it.
public struct Requisition: Sendable, Hashable, Codable {
    public var number: String
    public var applicantBadge: String
    public var department: String
    public var date: CalendarDate
    public var purpose: String
    /// The approver's name as printed on the form ("Manager Li").
    public var approver: String
    public var status: RequisitionStatus
    public var rejectionReason: String?
    public var lines: [RequisitionLine]

    public init(
        number: String, applicantBadge: String, department: String, date: CalendarDate,
        purpose: String, approver: String, status: RequisitionStatus,
        rejectionReason: String? = nil, lines: [RequisitionLine]
    ) {
        self.number = number
        self.applicantBadge = applicantBadge
        self.department = department
        self.date = date
        self.purpose = purpose
        self.approver = approver
        self.status = status
        self.rejectionReason = rejectionReason
        self.lines = lines
    }

    /// The status the requisition takes once its lines have been picked as they are now.
    public var statusAfterPicking: RequisitionStatus {
        lines.allSatisfy { $0.remaining == 0 } ? .pickedUp : .partlyPicked
    }
}

/// A requisition with what the kiosk needs to show it: the applicant and each line's item.
public struct RequisitionDetail: Sendable, Hashable {
    public var requisition: Requisition
    public var applicant: Person?
    /// Items on the lines, by item code.
    public var items: [String: Item]

    public init(requisition: Requisition, applicant: Person?, items: [String: Item]) {
        self.requisition = requisition
        self.applicant = applicant
        self.items = items
    }
}
