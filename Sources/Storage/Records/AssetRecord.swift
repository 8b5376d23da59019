internal import GRDB
internal import QuartermasterCore

/// A row of `asset`: the register's line for one tag.
struct AssetRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "asset"

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
    var tagPrinted: Int

    enum CodingKeys: String, CodingKey {
        case tag, name, model, serial, category, status
        case locationCode = "location_code"
        case custodianBadge = "custodian_badge"
        case purchaseDate = "purchase_date"
        case costCents = "cost_cents"
        case nextMaintenance = "next_maintenance"
        case lastCounted = "last_counted"
        case nextCount = "next_count"
        case tagPrinted = "tag_printed"
    }

    init(_ asset: Asset, tagPrinted: Int = 0) {
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
        self.tagPrinted = tagPrinted
    }

    func asset() throws -> Asset {
        guard let status = AssetStatus(rawValue: status) else {
            throw StoredValueError(detail: "asset \(tag) has unknown status \"\(self.status)\"")
        }
        return Asset(
            tag: tag, name: name, model: model, serial: serial, category: category, locationCode: locationCode,
            status: status, custodianBadge: custodianBadge, purchaseDate: try Self.date(purchaseDate, "purchase_date", tag),
            costCents: costCents, nextMaintenance: try Self.date(nextMaintenance, "next_maintenance", tag),
            lastCounted: try Self.date(lastCounted, "last_counted", tag), nextCount: try Self.date(nextCount, "next_count", tag))
    }

    private static func date(_ text: String?, _ column: String, _ tag: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else { throw StoredValueError(detail: "asset \(tag) has \(column) \"\(text)\", not a date") }
        return date
    }
}
