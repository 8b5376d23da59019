internal import QuartermasterCore

/// A disposal as the journal records it.
struct AssetDisposalPayload: Encodable, Sendable {
    var tag: String
    var date: String
    var reason: String
    var approver: String
    /// Set when the disposal was made at the station (not carried in an import's payload).
    var station: String?
    /// The count that left it missing, when a count's write-off disposed of it.
    var session: String?

    init(_ disposal: AssetDisposal) {
        tag = disposal.tag
        date = disposal.date.description
        reason = disposal.reason
        approver = disposal.approver
    }
}
