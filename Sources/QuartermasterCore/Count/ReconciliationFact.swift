/// What the books and the count say about one tag of a session: whether the snapshot expected
/// it (and where), the register's record of it now, and its scan. The reconciliation's rule
/// (`ReconciliationRow.init(_:)`) turns it into one row; a store hands these over one at a time,
/// in report order, so a count of 100,000 assets is never held as arrays of assets and scans.
public struct ReconciliationFact: Sendable, Hashable {
    public var tag: String
    /// True when the snapshot taken at opening expected the tag.
    public var isExpected: Bool
    /// Where the snapshot expected it (nil for a tag it did not expect, or for an expected asset
    /// that had no location).
    public var snapshotLocation: String?
    /// The register's record now; nil for a tag nobody registered.
    public var asset: Asset?
    /// Its scan in the session, each tag counted once; nil when it was not found.
    public var scan: CountScan?

    public init(tag: String, isExpected: Bool, snapshotLocation: String?, asset: Asset?, scan: CountScan?) {
        self.tag = tag
        self.isExpected = isExpected
        self.snapshotLocation = snapshotLocation
        self.asset = asset
        self.scan = scan
    }

    /// The location the row is tallied and ordered under (`ReconciliationRow.location`): where it
    /// was found, or else where it should have been. Stores order by it, then by tag.
    public var reportLocation: String { scan?.locationCode ?? snapshotLocation ?? "" }
}
