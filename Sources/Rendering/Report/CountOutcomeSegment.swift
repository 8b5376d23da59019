import QuartermasterCore

// MARK: - CountOutcomeSegment

/// The outcomes a location's bar is made of, in the order they are stacked. Disposed assets
/// seen are left out of the chart (they are not part of the books' balance) and listed in
/// the tables instead.
enum CountOutcomeSegment: CaseIterable, Sendable, Hashable {
    case found, moved, missing, surplus

    var outcome: CountOutcome {
        switch self {
        case .found: .found
        case .moved: .moved
        case .missing: .missing
        case .surplus: .surplus
        }
    }
}
