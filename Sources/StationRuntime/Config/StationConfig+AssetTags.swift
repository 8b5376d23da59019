public import QuartermasterCore

extension StationConfig {
    /// The tag numbering, with the file's prefix and digits over the default `FA-` and 6.
    public func tagNumbering() throws(StationConfigError) -> AssetTagNumbering {
        let standard = AssetTagNumbering.default
        do {
            return try AssetTagNumbering(prefix: assetTags?.prefix ?? standard.prefix, digits: assetTags?.digits ?? standard.digits)
        } catch {
            throw source.error(assetTags?.digits != nil ? "asset_tags.digits" : "asset_tags", "\(error)")
        }
    }
}
