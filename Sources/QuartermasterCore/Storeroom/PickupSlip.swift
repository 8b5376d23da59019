public import Foundation

/// The paper record of a pickup: the requisition form's fields plus who handed out what, where
/// and when, so the office can reconcile from paper when systems are down.
public struct PickupSlip: Sendable, Hashable, Codable {
    public struct Line: Sendable, Hashable, Codable {
        public var itemCode: String
        public var name: String
        public var spec: String
        public var unit: String
        public var approved: Int
        /// Units handed out in this pickup.
        public var picked: Int
        /// Units still owed after this pickup (backorder).
        public var remaining: Int

        public init(itemCode: String, name: String, spec: String, unit: String, approved: Int, picked: Int, remaining: Int) {
            self.itemCode = itemCode
            self.name = name
            self.spec = spec
            self.unit = unit
            self.approved = approved
            self.picked = picked
            self.remaining = remaining
        }
    }

    public var requisitionNumber: String
    public var applicantName: String
    public var applicantBadge: String
    public var department: String
    public var date: CalendarDate
    public var purpose: String
    public var approver: String
    /// Status after this pickup.
    public var status: RequisitionStatus
    public var lines: [Line]
    public var pickupTime: Date
    public var keeperName: String
    public var keeperBadge: String
    public var recipientName: String
    public var recipientBadge: String
    public var station: String

    public init(
        requisitionNumber: String, applicantName: String, applicantBadge: String, department: String,
        date: CalendarDate, purpose: String, approver: String, status: RequisitionStatus, lines: [Line],
        pickupTime: Date, keeperName: String, keeperBadge: String, recipientName: String,
        recipientBadge: String, station: String
    ) {
        self.requisitionNumber = requisitionNumber
        self.applicantName = applicantName
        self.applicantBadge = applicantBadge
        self.department = department
        self.date = date
        self.purpose = purpose
        self.approver = approver
        self.status = status
        self.lines = lines
        self.pickupTime = pickupTime
        self.keeperName = keeperName
        self.keeperBadge = keeperBadge
        self.recipientName = recipientName
        self.recipientBadge = recipientBadge
        self.station = station
    }

    /// What the slip's QR code carries: the requisition number, so scanning the slip brings the
    /// requisition back up.
    public var qrPayload: String { requisitionNumber }
}
