internal import Foundation

/// The journal's record of stock set to a counted or imported figure.
struct StockAdjustmentPayload: Encodable, Sendable {
    var itemCode: String
    var before: Int
    var after: Int
    /// `after - before`: the movement's quantity.
    var quantity: Int
    var reason: String
    var actorBadge: String
    var station: String
    var time: Date
}
