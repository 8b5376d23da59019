import QuartermasterCore

extension StationConfig {
    /// The tag numbering, with the file's prefix and digits over the default `FA-` and 6.
    func tagNumbering(path: String) throws -> AssetTagNumbering {
        let standard = AssetTagNumbering.default
        do {
            return try AssetTagNumbering(prefix: assetTags?.prefix ?? standard.prefix, digits: assetTags?.digits ?? standard.digits)
        } catch {
            throw CommandFailure("\(path): asset_tags: \(error)")
        }
    }
}
