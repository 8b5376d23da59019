/// How many assets, and what they cost, per outcome: one location's, one category's, or the
/// whole count's line of the reconciliation.
public struct CountTally: Sendable, Hashable, Codable {
    /// What the register held there when the count opened (disposed assets excepted).
    public var expected = 0
    /// Counts and cents by `CountOutcome.allCases` position: a count of 100,000 assets adds
    /// 300,000 times, so no dictionary per add.
    private var countByOutcome = [Int](repeating: 0, count: CountOutcome.allCases.count)
    private var centsByOutcome = [Int](repeating: 0, count: CountOutcome.allCases.count)

    public init() {}

    public subscript(outcome: CountOutcome) -> Int { countByOutcome[outcome.index] }

    public func value(_ outcome: CountOutcome) -> Int { centsByOutcome[outcome.index] }

    /// The outcomes that occurred, with their counts.
    public var counts: [CountOutcome: Int] {
        Dictionary(uniqueKeysWithValues: CountOutcome.allCases.filter { self[$0] > 0 }.map { ($0, self[$0]) })
    }

    /// Purchase cost in cents per outcome that has any; assets without a cost add nothing.
    public var values: [CountOutcome: Int] {
        Dictionary(uniqueKeysWithValues: CountOutcome.allCases.filter { value($0) > 0 }.map { ($0, value($0)) })
    }

    /// Every outcome's count added up: the rows this tally stands for.
    public var total: Int { countByOutcome.reduce(0, +) }

    public mutating func add(_ outcome: CountOutcome, costCents: Int?) {
        countByOutcome[outcome.index] += 1
        if let costCents { centsByOutcome[outcome.index] += costCents }
    }
}

extension CountOutcome {
    /// Its position in `allCases`, where `CountTally` keeps its figures.
    var index: Int {
        switch self {
        case .found: 0
        case .moved: 1
        case .missing: 2
        case .surplus: 3
        case .disposed: 4
        }
    }
}
