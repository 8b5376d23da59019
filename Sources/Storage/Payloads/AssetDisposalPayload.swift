internal import QuartermasterCore

/// A disposal as the journal records it.
struct AssetDisposalPayload: Encodable, Sendable {
    var tag: String
    var date: String
    var reason: String
    var approver: String

    init(_ disposal: AssetDisposal) {
        tag = disposal.tag
        date = disposal.date.description
        reason = disposal.reason
        approver = disposal.approver
    }
}
