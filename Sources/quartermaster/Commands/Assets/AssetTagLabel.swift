import QuartermasterCore
import Storage

/// The fields an asset tag template fills (`labels/asset-62x29.yaml` uses `tag` and `name`; an
/// office's own template may use the others), and the tags a printing command picks.
enum AssetTagLabel {
    static func fields(_ asset: Asset, locationNames: [String: String]) -> [String: String] {
        [
            "tag": asset.tag, "name": asset.name, "model": asset.model, "serial": asset.serial, "category": asset.category,
            "location": asset.locationCode ?? "", "location_name": asset.locationCode.flatMap { locationNames[$0] } ?? "",
            "custodian": asset.custodianBadge ?? "",
        ]
    }

    /// Location code → name, for the labels' `location_name`.
    static func locationNames(_ database: StationDatabase) throws(StationProblem) -> [String: String] {
        Dictionary(try database.locations().map { ($0.code, $0.name) }) { first, _ in first }
    }
}
