public import Foundation

/// One line of a count's reconciliation: an asset in scope, or a surplus tag. The CSV's contract
/// columns (`tag,name,expected_location,found_location,outcome,counted_by,time`) come from here.
public struct ReconciliationRow: Sendable, Hashable, Codable {
    public var tag: String
    /// The register's name; empty for a surplus tag nobody registered.
    public var name: String
    public var category: String
    public var costCents: Int?
    /// Where the register had it when the count opened; nil for surplus.
    public var expectedLocation: String?
    /// Where it was scanned; nil when missing.
    public var foundLocation: String?
    public var outcome: CountOutcome
    public var countedBy: String?
    public var station: String?
    public var time: Date?
    /// A move the auditor accepted (at the kiosk or when closing).
    public var moveAccepted: Bool

    public init(
        tag: String, name: String, category: String, costCents: Int?, expectedLocation: String?, foundLocation: String?,
        outcome: CountOutcome, countedBy: String?, station: String?, time: Date?, moveAccepted: Bool
    ) {
        self.tag = tag
        self.name = name
        self.category = category
        self.costCents = costCents
        self.expectedLocation = expectedLocation
        self.foundLocation = foundLocation
        self.outcome = outcome
        self.countedBy = countedBy
        self.station = station
        self.time = time
        self.moveAccepted = moveAccepted
    }

    /// The location the row is tallied under: where it was found, or where it should have been.
    public var location: String { foundLocation ?? expectedLocation ?? "" }
}
