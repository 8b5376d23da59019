/// How many assets, and what they cost, per outcome: one location's, one category's, or the
/// whole count's line of the reconciliation.
public struct CountTally: Sendable, Hashable, Codable {
    /// What the register held there when the count opened (disposed assets excepted).
    public var expected = 0
    public private(set) var counts: [CountOutcome: Int] = [:]
    /// Purchase cost in cents per outcome; assets without a cost add nothing.
    public private(set) var values: [CountOutcome: Int] = [:]

    public init() {}

    public subscript(outcome: CountOutcome) -> Int { counts[outcome] ?? 0 }

    public func value(_ outcome: CountOutcome) -> Int { values[outcome] ?? 0 }

    /// Every outcome's count added up: the rows this tally stands for.
    public var total: Int { counts.values.reduce(0, +) }

    public mutating func add(_ outcome: CountOutcome, costCents: Int?) {
        counts[outcome, default: 0] += 1
        if let costCents { values[outcome, default: 0] += costCents }
    }
}
