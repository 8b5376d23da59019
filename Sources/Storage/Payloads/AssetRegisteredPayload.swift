internal import QuartermasterCore

/// The journal's `asset.registered`: an asset added to the register outside an import (a
/// surplus tag registered during a count), and why.
struct AssetRegisteredPayload: Encodable {
    var asset: Asset
    var reason: String
    var session: String?
}
