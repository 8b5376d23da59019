/// An item that fell below its reorder point: the clerk raises a purchase from it.
public struct ReplenishmentRequest: Sendable, Hashable, Codable {
    public var itemCode: String
    public var stock: Int
    public var threshold: Int

    public init(itemCode: String, stock: Int, threshold: Int) {
        self.itemCode = itemCode
        self.stock = stock
        self.threshold = threshold
    }

    /// The rule: a request is raised when stock crosses from at-or-above the threshold to below
    /// it, so one fall raises one request, not one per later pickup.
    public static func triggered(itemCode: String, before: Int, after: Int, threshold: Int) -> ReplenishmentRequest? {
        guard after < threshold, before >= threshold else { return nil }
        return ReplenishmentRequest(itemCode: itemCode, stock: after, threshold: threshold)
    }
}
