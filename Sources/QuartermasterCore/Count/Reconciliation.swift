/// The books against what was found (账实相符): one row per asset in scope (registered at a
/// scope location when the count opened, or found in one) plus one per surplus tag, and the
/// tallies by location, by category and in all. Pure arithmetic over the session's snapshot and
/// scans, so the closing screen, `count close`, the CSV and the PDF all say the same.
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

    /// - Parameters:
    ///   - expected: the assets at scope locations when the count opened, with the location the
    ///     register gave them then (disposed ones excluded: nobody expects to find them).
    ///   - scans: every tag counted in the session, each once.
    ///   - register: the register's record of a scanned tag that was not expected (moved in from
    ///     outside the scope, disposed, or registered on the spot after it was found as surplus).
    public init(session: CountSession, expected: [Asset], scans: [CountScan], register: (String) -> Asset?) {
        self.session = session
        // The first scan of each tag, by position: a count holds 100,000 of them.
        var scanned: [String: Int] = [:]
        scanned.reserveCapacity(scans.count)
        for (index, scan) in scans.enumerated() where scanned[scan.tag] == nil { scanned[scan.tag] = index }
        var rows: [ReconciliationRow] = []
        rows.reserveCapacity(expected.count + scans.count / 8)
        var byLocation: [String: CountTally] = [:]
        var byCategory: [String: CountTally] = [:]
        var total = CountTally()
        var seen: Set<String> = []
        seen.reserveCapacity(expected.count)

        for asset in expected where seen.insert(asset.tag).inserted {
            let scan = scanned[asset.tag].map { scans[$0] }
            let outcome: CountOutcome
            if let scan {
                // An expected asset scanned as surplus can only mean the register changed under
                // the count; what the snapshot says wins.
                outcome = scan.locationCode == asset.locationCode ? .found : .moved
            } else {
                outcome = .missing
            }
            rows.append(Self.row(asset, expectedAt: asset.locationCode, scan: scan, outcome: outcome))
            if let code = asset.locationCode { byLocation[code, default: CountTally()].expected += 1 }
            byCategory[asset.category, default: CountTally()].expected += 1
            total.expected += 1
        }
        for scan in scans where seen.insert(scan.tag).inserted {
            let known = register(scan.tag)
            if scan.outcome == .surplus || known == nil {
                rows.append(ReconciliationRow(
                    tag: scan.tag, name: known?.name ?? "", category: known?.category ?? "", costCents: known?.costCents,
                    expectedLocation: nil, foundLocation: scan.locationCode, outcome: .surplus,
                    countedBy: scan.countedBy, station: scan.station, time: scan.time, moveAccepted: false))
            } else if let known {
                // Where the register had it when it was scanned: after closing applied the move,
                // the register's location is the new one, and the row must still say "moved".
                let registeredAt = scan.registeredLocation ?? known.locationCode
                let outcome: CountOutcome = scan.outcome == .disposed ? .disposed : (registeredAt == scan.locationCode ? .found : .moved)
                rows.append(Self.row(known, expectedAt: registeredAt, scan: scan, outcome: outcome))
            }
        }
        rows.sort { $0.location != $1.location ? $0.location < $1.location : $0.tag < $1.tag }
        for row in rows {
            byLocation[row.location, default: CountTally()].add(row.outcome, costCents: row.costCents)
            byCategory[row.category, default: CountTally()].add(row.outcome, costCents: row.costCents)
            total.add(row.outcome, costCents: row.costCents)
        }
        self.rows = rows
        self.byLocation = byLocation
        self.byCategory = byCategory
        self.total = total
    }

    private static func row(_ asset: Asset, expectedAt location: String?, scan: CountScan?, outcome: CountOutcome) -> ReconciliationRow {
        ReconciliationRow(
            tag: asset.tag, name: asset.name, category: asset.category, costCents: asset.costCents,
            expectedLocation: location, foundLocation: scan?.locationCode, outcome: outcome,
            countedBy: scan?.countedBy, station: scan?.station, time: scan?.time,
            moveAccepted: outcome == .moved && scan?.moveAccepted == true)
    }

    /// The rows with one outcome, in report order.
    public func rows(_ outcome: CountOutcome) -> [ReconciliationRow] { rows.filter { $0.outcome == outcome } }
}
