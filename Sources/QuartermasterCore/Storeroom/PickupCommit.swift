public import Foundation

/// What the keeper and recipient agreed at the counter: the store records it in one transaction.
public struct PickupCommit: Sendable, Hashable, Codable {
    /// Units handed out for one item of the requisition.
    public struct Pick: Sendable, Hashable, Codable {
        public var itemCode: String
        public var quantity: Int
        public init(itemCode: String, quantity: Int) {
            self.itemCode = itemCode
            self.quantity = quantity
        }
    }

    public var requisitionNumber: String
    public var picks: [Pick]
    public var keeperBadge: String
    public var recipientBadge: String
    /// True when the recipient is not the applicant and the keeper accepted them.
    public var acceptedByKeeper: Bool
    public var station: String
    public var time: Date

    public init(
        requisitionNumber: String, picks: [Pick], keeperBadge: String, recipientBadge: String,
        acceptedByKeeper: Bool, station: String, time: Date
    ) {
        self.requisitionNumber = requisitionNumber
        self.picks = picks
        self.keeperBadge = keeperBadge
        self.recipientBadge = recipientBadge
        self.acceptedByKeeper = acceptedByKeeper
        self.station = station
        self.time = time
    }
}

/// What the store holds after a pickup was recorded.
public struct PickupOutcome: Sendable, Hashable {
    public var requisition: Requisition
    /// The picked items with their stock after the pickup, by item code.
    public var items: [String: Item]
    /// Items that fell below their reorder point with this pickup.
    public var replenishments: [ReplenishmentRequest]
    /// The pickup's slip, owed in the same transaction: the kiosk has it produced (built,
    /// printed or filed) once the screen has answered (`SlipOutput.produceSlip(id:)`).
    public var slipID: UUID

    public init(requisition: Requisition, items: [String: Item], replenishments: [ReplenishmentRequest], slipID: UUID) {
        self.requisition = requisition
        self.items = items
        self.replenishments = replenishments
        self.slipID = slipID
    }
}
