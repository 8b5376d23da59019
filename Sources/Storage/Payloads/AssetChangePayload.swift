internal import Foundation

/// The journal's record of one register change made at the station: which asset, what it was
/// and what it became, why, and where. Who and when are the entry's actor and time.
struct AssetChangePayload: Encodable, Sendable {
    var tag: String
    /// The field that changed: `location`, `status`, or `tag_printed`.
    var field: String
    var before: String?
    var after: String?
    var reason: String
    var station: String
    /// The count whose closing made the change, if one did.
    var session: String? = nil
}
