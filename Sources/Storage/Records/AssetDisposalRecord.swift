internal import GRDB
internal import QuartermasterCore

/// A row of `asset_disposal`: how a disposed asset came to be disposed.
struct AssetDisposalRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "asset_disposal"

    var tag: String
    var date: String
    var reason: String
    var approver: String
    var journalID: String

    enum CodingKeys: String, CodingKey {
        case tag, date, reason, approver
        case journalID = "journal_id"
    }

    init(_ disposal: AssetDisposal, journalID: String) {
        tag = disposal.tag
        date = disposal.date.description
        reason = disposal.reason
        approver = disposal.approver
        self.journalID = journalID
    }

    func disposal() throws -> AssetDisposal {
        guard let day = CalendarDate(date) else { throw StoredValueError(detail: "disposal of \(tag) has date \"\(date)\"") }
        return AssetDisposal(tag: tag, date: day, reason: reason, approver: approver)
    }
}
