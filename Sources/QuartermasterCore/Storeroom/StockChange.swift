public import Foundation

/// Goods coming back onto the shelf outside a pickup: a delivery received (入庫) or a return.
public struct StockChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case receipt
        case `return`

        public var movementKind: MovementKind { self == .receipt ? .receipt : .return }
    }

    public var kind: Kind
    public var itemCode: String
    /// Units added to stock; always positive.
    public var quantity: Int
    public var actorBadge: String
    public var station: String
    public var time: Date
    public var requisitionNumber: String?

    public init(
        kind: Kind, itemCode: String, quantity: Int, actorBadge: String, station: String,
        time: Date, requisitionNumber: String? = nil
    ) {
        self.kind = kind
        self.itemCode = itemCode
        self.quantity = quantity
        self.actorBadge = actorBadge
        self.station = station
        self.time = time
        self.requisitionNumber = requisitionNumber
    }
}
