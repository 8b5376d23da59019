extension ReconciliationRow {
    /// The reconciliation's one rule, for every store: an expected asset is found where the
    /// snapshot had it, moved when scanned elsewhere, missing when not scanned; a tag scanned but
    /// not expected is surplus when nobody registered it (or it was scanned as surplus and
    /// registered on the spot), disposed when scanned as such, else found or moved against where
    /// the register had it when it was scanned. Nil for a fact with neither snapshot nor scan.
    public init?(_ fact: ReconciliationFact) {
        if fact.isExpected {
            let scan = fact.scan
            // An expected asset scanned as surplus can only mean the register changed under the
            // count; what the snapshot says wins.
            let outcome: CountOutcome = scan.map { $0.locationCode == fact.snapshotLocation ? .found : .moved } ?? .missing
            self.init(fact.asset ?? Asset(tag: fact.tag, name: ""), expectedAt: fact.snapshotLocation, scan: scan, outcome: outcome)
            return
        }
        guard let scan = fact.scan else { return nil }
        guard let known = fact.asset, scan.outcome != .surplus else {
            self.init(
                tag: scan.tag, name: fact.asset?.name ?? "", category: fact.asset?.category ?? "", costCents: fact.asset?.costCents,
                expectedLocation: nil, foundLocation: scan.locationCode, outcome: .surplus,
                countedBy: scan.countedBy, station: scan.station, time: scan.time, moveAccepted: false)
            return
        }
        // Where the register had it when it was scanned: after closing applied the move, the
        // register's location is the new one, and the row must still say "moved".
        let registeredAt = scan.registeredLocation ?? known.locationCode
        let outcome: CountOutcome = scan.outcome == .disposed ? .disposed : (registeredAt == scan.locationCode ? .found : .moved)
        self.init(known, expectedAt: registeredAt, scan: scan, outcome: outcome)
    }

    private init(_ asset: Asset, expectedAt location: String?, scan: CountScan?, outcome: CountOutcome) {
        self.init(
            tag: asset.tag, name: asset.name, category: asset.category, costCents: asset.costCents,
            expectedLocation: location, foundLocation: scan?.locationCode, outcome: outcome,
            countedBy: scan?.countedBy, station: scan?.station, time: scan?.time,
            moveAccepted: outcome == .moved && scan?.moveAccepted == true)
    }
}
