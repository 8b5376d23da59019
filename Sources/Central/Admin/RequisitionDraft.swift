/// A new requisition as an admin files it (`POST /v1/admin/requisitions`,
/// `central requisition create`): the form's fields, lines of item code and quantity. It is
/// stored as a draft `Requisition`; stations see it, and refuse to hand goods out against it
/// until it is approved.
public struct RequisitionDraft: Sendable, Hashable, Codable {
    public struct Line: Sendable, Hashable, Codable {
        public var itemCode: String
        public var quantity: Int

        public init(itemCode: String, quantity: Int) {
            self.itemCode = itemCode
            self.quantity = quantity
        }
    }

    /// 申领单号, unique at the centre (`YPQ-2026-001`).
    public var number: String
    public var department: String
    /// The applicant's badge (工号, `100231`): a person the centre knows.
    public var requesterBadge: String
    /// `YYYY-MM-DD`; today (UTC) when absent.
    public var date: String?
    public var purpose: String?
    /// The site whose stations see it; every site when absent.
    public var site: String?
    public var lines: [Line]

    public init(
        number: String, department: String, requesterBadge: String, date: String? = nil, purpose: String? = nil,
        site: String? = nil, lines: [Line]
    ) {
        self.number = number
        self.department = department
        self.requesterBadge = requesterBadge
        self.date = date
        self.purpose = purpose
        self.site = site
        self.lines = lines
    }
}
