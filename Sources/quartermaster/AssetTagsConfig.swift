import QuartermasterCore

/// `asset_tags:` in station.yaml: how the station numbers the tags it makes (`assets add`
/// without --tag, a surplus registered during a count). Either key may be left out.
struct AssetTagsConfig: Decodable, Equatable {
    var prefix: String?
    var digits: Int?
}
