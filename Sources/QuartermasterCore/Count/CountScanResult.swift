/// What the store recorded for one tag scan, and the location's progress after it: what the
/// kiosk says, rings and draws, all from the one transaction.
public struct CountScanResult: Sendable, Hashable {
    public var scan: CountTagScan
    public var scanClass: CountScanClass
    /// The register's record of the tag when it was scanned; nil for surplus.
    public var asset: Asset?
    public var progress: CountProgress

    public init(scan: CountTagScan, scanClass: CountScanClass, asset: Asset?, progress: CountProgress) {
        self.scan = scan
        self.scanClass = scanClass
        self.asset = asset
        self.progress = progress
    }
}
