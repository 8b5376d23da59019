public import Foundation

/// Why stock changed. Every change of stock on hand is one movement.
public enum MovementKind: String, CaseIterable, Sendable, Codable, Hashable {
    case pickup
    case receipt
    case `return`
    case adjustment
}

/// One change of stock on hand, with who, when and where (domain.md: every change has them).
public struct StockMovement: Sendable, Hashable, Codable {
    public var time: Date
    public var kind: MovementKind
    public var itemCode: String
    /// Signed change of stock on hand: a pickup of 3 is -3, a receipt of 12 is +12.
    public var quantity: Int
    public var actorBadge: String
    public var station: String
    public var requisitionNumber: String?
    /// For pickups, who took the goods.
    public var recipientBadge: String?
    public var note: String?

    public init(
        time: Date, kind: MovementKind, itemCode: String, quantity: Int, actorBadge: String,
        station: String, requisitionNumber: String? = nil, recipientBadge: String? = nil, note: String? = nil
    ) {
        self.time = time
        self.kind = kind
        self.itemCode = itemCode
        self.quantity = quantity
        self.actorBadge = actorBadge
        self.station = station
        self.requisitionNumber = requisitionNumber
        self.recipientBadge = recipientBadge
        self.note = note
    }
}
