internal import QuartermasterCore

/// The journal's `asset.disposed`: one asset written off, with its disposal record.
struct AssetDisposedPayload: Encodable {
    var tag: String
    var date: CalendarDate
    var reason: String
    var approver: String
    var session: String?
}
