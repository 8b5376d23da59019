/// An item's stock in the central ledger: the sum of every movement the stations reported,
/// in all and per station. The total can be below zero (two stations took the same last
/// units): that is a fact, kept, with an anomaly beside it.
public struct CentralStock: Sendable, Hashable {
    public var itemCode: String
    public var total: Int
    public var byStation: [String: Int]

    public init(itemCode: String, total: Int, byStation: [String: Int]) {
        self.itemCode = itemCode
        self.total = total
        self.byStation = byStation
    }
}
