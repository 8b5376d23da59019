internal import QuartermasterCore

/// An asset as an import left it, for the journal: every value, dates as `YYYY-MM-DD`, so the
/// centre can replay the import without the file.
struct ImportedAsset: Encodable, Sendable {
    var change: ImportedRecordChange
    var tag: String
    var name: String
    var model: String
    var serial: String
    var category: String
    var locationCode: String?
    var status: String
    var custodianBadge: String?
    var purchaseDate: String?
    var costCents: Int?
    var nextMaintenance: String?
    var lastCounted: String?
    var nextCount: String?
    /// Set when the file brought the asset in already disposed of (the disposal record it made).
    var disposal: AssetDisposalPayload?
    /// For an asset added at the station (`asset.added`): why, and where.
    var reason: String?
    var station: String?

    init(_ asset: Asset, change: ImportedRecordChange, disposal: AssetDisposal? = nil) {
        self.change = change
        tag = asset.tag
        name = asset.name
        model = asset.model
        serial = asset.serial
        category = asset.category
        locationCode = asset.locationCode
        status = asset.status.rawValue
        custodianBadge = asset.custodianBadge
        purchaseDate = asset.purchaseDate?.description
        costCents = asset.costCents
        nextMaintenance = asset.nextMaintenance?.description
        lastCounted = asset.lastCounted?.description
        nextCount = asset.nextCount?.description
        self.disposal = disposal.map(AssetDisposalPayload.init)
    }
}
