/// The journal's `asset.moved`: the register's location of one asset changed, and why.
struct AssetMovedPayload: Encodable {
    var tag: String
    var from: String?
    var to: String
    var reason: String
    var session: String?
}
