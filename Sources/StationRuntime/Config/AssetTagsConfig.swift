
/// `asset_tags:` in station.yaml: how the station numbers the tags it makes (`assets add`
/// without --tag, a surplus registered during a count). Either key may be left out.
public struct AssetTagsConfig: Decodable, Equatable, Sendable {
    public var prefix: String?
    public var digits: Int?
}
