/// An asset read from one row of an asset file, before the store resolves what only it knows:
/// which location the row names and who its custodian is. Snipe-IT writes a location's name
/// and a person's name where our files write codes and badges, so both stay as written here.
public struct CSVAsset: Sendable, Hashable {
    /// The register's values; `locationCode` and `custodianBadge` are left nil for the store.
    public var asset: Asset
    /// The location as written: a code in our files; a name (or a code) in Snipe-IT's. Empty
    /// for none.
    public var location: String
    /// The custodian as written: a badge, or (when `custodianMayBeName`) a person's name or badge.
    public var custodian: String
    /// True for Snipe-IT's "Checked Out To", which holds a name.
    public var custodianMayBeName: Bool
    /// The header's own spelling of the columns the store may complain about, so its messages
    /// name the column as the file does ("Location", not `location`).
    public var columns: Columns

    public struct Columns: Sendable, Hashable {
        public var tag: String
        public var location: String
        public var custodian: String
        public var status: String

        public init(tag: String, location: String, custodian: String, status: String) {
            self.tag = tag
            self.location = location
            self.custodian = custodian
            self.status = status
        }

        public static let quartermaster = Columns(tag: "tag", location: "location", custodian: "custodian_badge", status: "status")
    }

    public init(asset: Asset, location: String, custodian: String, custodianMayBeName: Bool, columns: Columns) {
        self.asset = asset
        self.location = location
        self.custodian = custodian
        self.custodianMayBeName = custodianMayBeName
        self.columns = columns
    }
}
