/// The books against what was found (账实相符): one row per asset in scope (registered at a
/// scope location when the count opened, or found in one) plus one per surplus tag, and the
/// tallies by location, by category and in all. Pure arithmetic over the session's snapshot and
/// scans (one rule, `ReconciliationRow.init(_:)`), so the closing screen, `count close`, the CSV
/// and the PDF all say the same. A store streams its facts in (`add(_:)`); only the rows and
/// the tallies are kept.
///
/// Each row is tallied under one location: where it was found, or where it should have been
/// when it was not. A moved asset therefore counts as expected at the location the register
/// gave it and as moved where it turned up, so at its old location found + missing is one less
/// than expected: the by-location table shows expected beside the outcomes for that reason.
public struct Reconciliation: Sendable, Hashable {
    public var session: CountSession
    /// By location, then tag.
    public var rows: [ReconciliationRow]
    public var byLocation: [String: CountTally]
    public var byCategory: [String: CountTally]
    public var total: CountTally

    /// An empty reconciliation, for a store to `add(_:)` facts to in report order; `capacity` is
    /// the number of rows it will hold, reserved once.
    public init(session: CountSession, capacity: Int = 0) {
        self.session = session
        rows = []
        rows.reserveCapacity(capacity)
        byLocation = [:]
        byCategory = [:]
        total = CountTally()
    }

    /// Adds one tag's row and tallies it. Facts come in report order (`reportLocation`, then
    /// tag), each tag once: the rows are not sorted again.
    public mutating func add(_ fact: ReconciliationFact) {
        guard let row = ReconciliationRow(fact) else { return }
        if fact.isExpected {
            if let code = fact.snapshotLocation { byLocation[code, default: CountTally()].expected += 1 }
            byCategory[row.category, default: CountTally()].expected += 1
            total.expected += 1
        }
        byLocation[row.location, default: CountTally()].add(row.outcome, costCents: row.costCents)
        byCategory[row.category, default: CountTally()].add(row.outcome, costCents: row.costCents)
        total.add(row.outcome, costCents: row.costCents)
        rows.append(row)
    }

    /// The reconciliation of arrays in memory (tests, in-memory stores), by the same rule and
    /// order as a store's stream of facts.
    ///
    /// - Parameters:
    ///   - expected: the assets at scope locations when the count opened, with the location the
    ///     register gave them then (disposed ones excluded: nobody expects to find them).
    ///   - scans: every tag counted in the session, each once.
    ///   - register: the register's record of a scanned tag that was not expected (moved in from
    ///     outside the scope, disposed, or registered on the spot after it was found as surplus).
    public init(session: CountSession, expected: [Asset], scans: [CountScan], register: (String) -> Asset?) {
        var scanned: [String: CountScan] = [:]
        for scan in scans where scanned[scan.tag] == nil { scanned[scan.tag] = scan }
        var facts: [ReconciliationFact] = []
        var seen: Set<String> = []
        for asset in expected where seen.insert(asset.tag).inserted {
            facts.append(ReconciliationFact(tag: asset.tag, isExpected: true, snapshotLocation: asset.locationCode, asset: asset, scan: scanned[asset.tag]))
        }
        for scan in scans where seen.insert(scan.tag).inserted {
            facts.append(ReconciliationFact(tag: scan.tag, isExpected: false, snapshotLocation: nil, asset: register(scan.tag), scan: scan))
        }
        facts.sort { $0.reportLocation != $1.reportLocation ? $0.reportLocation < $1.reportLocation : $0.tag < $1.tag }
        self.init(session: session, capacity: facts.count)
        for fact in facts { add(fact) }
    }

    /// The rows with one outcome, in report order.
    public func rows(_ outcome: CountOutcome) -> [ReconciliationRow] { rows.filter { $0.outcome == outcome } }
}
