/// A pickup in progress: the requisition on the screen and the units scanned so far.
/// Nothing here is recorded until the recipient confirms.
public struct PickSession: Sendable, Hashable {
    /// One scan (or typed quantity × scan) in order, so undo takes back exactly the last one.
    public struct Scan: Sendable, Hashable {
        public var itemCode: String
        public var quantity: Int
        public init(itemCode: String, quantity: Int) {
            self.itemCode = itemCode
            self.quantity = quantity
        }
    }

    public var detail: RequisitionDetail
    public var scans: [Scan] = []
    /// A recipient from the applicant's department waiting for the keeper's accept.
    public var pendingRecipient: Person?
    /// Who confirmed, once the pickup went to the store.
    public var recipient: Person?

    public init(detail: RequisitionDetail) {
        self.detail = detail
    }

    public var number: String { detail.requisition.number }

    /// Units scanned in this session for one item.
    public func picked(_ itemCode: String) -> Int {
        scans.reduce(0) { $0 + ($1.itemCode == itemCode ? $1.quantity : 0) }
    }

    public var isEmpty: Bool { scans.isEmpty }

    /// The picks to record, one per line in the requisition's order.
    public var picks: [PickupCommit.Pick] {
        detail.requisition.lines.compactMap { line in
            let quantity = picked(line.itemCode)
            return quantity > 0 ? PickupCommit.Pick(itemCode: line.itemCode, quantity: quantity) : nil
        }
    }
}
