/// Why an asset may not be lent, said the same way by the kiosk, the CLI and the store.
public enum LoanRefusal: Sendable, Hashable {
    case disposed(tag: String, name: String)
    case notLendable(tag: String, name: String, status: AssetStatus)
    /// A loan period outside `allowed` (days from today).
    case period(days: Int, allowed: ClosedRange<Int>)

    /// What happened and what to do, in `language`.
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .disposed(let tag, let name):
            return zh ? "「\(name)」（\(tag)）已报废，不能借出。" : "\"\(name)\" (\(tag)) has been disposed of; it cannot be lent."
        case .notLendable(let tag, let name, let status):
            return zh ? "「\(name)」（\(tag)）的状态是「\(Self.words(status).chinese)」；只有在库或闲置的资产可以借出。请先更改其状态。"
                : "\"\(name)\" (\(tag)) is \(Self.words(status).english); only assets in store or idle are lent. Change its status first."
        case .period(let days, let allowed):
            return zh ? "借期 \(days) 天不可用：借期为 \(allowed.lowerBound)–\(allowed.upperBound) 天。更长的使用请办理保管人变更。"
                : "A loan of \(days) days is not possible: loans run \(allowed.lowerBound) to \(allowed.upperBound) days. For longer, make the person the asset's custodian."
        }
    }

    /// The status in the words of the message. Kept here (not on `AssetStatus`) so the helpers
    /// writing the register's own screens can choose theirs.
    private static func words(_ status: AssetStatus) -> KioskText {
        switch status {
        case .inUse: KioskText("in use", "在用")
        case .inStore: KioskText("in store", "在库")
        case .underRepair: KioskText("under repair", "维修中")
        case .idle: KioskText("idle", "闲置")
        case .disposed: KioskText("disposed of", "已报废")
        }
    }
}
