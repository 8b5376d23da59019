/// What the loans job tells the keeper. Names come from the register and the people import and
/// are shown as written (the view escapes them on the way to the terminal).
public enum LoanNotice: KioskMessage {
    /// The prompt: nothing under way.
    case scanAsset
    /// The asset is in: who borrows it? `due` is nil while the station's today is not known yet.
    case scanBorrower(asset: String, tag: String, days: Int, due: CalendarDate?)
    /// The same asset scanned again while it waits for its borrower.
    case alreadyWaiting(asset: String, tag: String)
    /// Another asset scanned while one waits for its borrower.
    case finishFirst(asset: String, tag: String)
    /// A badge or a number before any asset.
    case scanAssetFirst
    case lent(asset: String, tag: String, borrower: String, due: CalendarDate)
    /// Back in; `overdueDays` is how late (0 on time).
    case returned(asset: String, tag: String, borrower: String, overdueDays: Int)
    /// The asset may not be lent (disposed, in use, a period out of bounds).
    case refused(LoanRefusal)
    /// A tag shaped like ours that the register does not hold.
    case unknownTag(String)
    case borrowerInactive(name: String)
    /// The store refused or could not be asked; nothing was recorded.
    case notRecorded(StationProblem)
    /// The asset waiting for a borrower was let go (Esc, undo, idle).
    case notLent(asset: String, tag: String)
    /// The overdue list, freshly read.
    case overdueShown(count: Int, today: CalendarDate)
    /// The overdue list could not be read; what the screen shows may be old.
    case overdueUnavailable(StationProblem)

    public var tone: NoticeTone {
        switch self {
        case .scanAsset, .scanBorrower, .alreadyWaiting, .notLent: return .info
        case .overdueShown(let count, _): return count > 0 ? .warning : .info
        case .lent: return .success
        case .returned(_, _, _, let late): return late > 0 ? .warning : .success
        case .finishFirst, .scanAssetFirst, .refused, .unknownTag, .borrowerInactive, .notRecorded, .overdueUnavailable:
            return .error
        }
    }
}
