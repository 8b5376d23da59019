/// The role as the kiosk names it in a refusal ("is not a storeroom keeper") and on the
/// welcome screen ("Auditors: scan your badge to sign in.").
extension Role {
    public func title(_ language: Language) -> String {
        guard language == .simplifiedChinese else {
            switch self {
            case .employee: return "employee"
            case .approver: return "approver"
            case .clerk: return "clerk"
            case .keeper: return "storeroom keeper"
            case .auditor: return "auditor"
            case .reception: return "receptionist"
            case .admin: return "administrator"
            }
        }
        switch self {
        case .employee: return "员工"
        case .approver: return "审批人"
        case .clerk: return "行政专员"
        case .keeper: return "库管员"
        case .auditor: return "盘点员"
        case .reception: return "前台"
        case .admin: return "管理员"
        }
    }

    /// "a storeroom keeper", "an auditor"; the bare title in Chinese.
    public func titleWithArticle(_ language: Language) -> String {
        IndefiniteArticle.prefixed(title(language), language)
    }

    /// Everyone holding the role, as a welcome addresses them ("Storeroom keepers").
    public func people(_ language: Language) -> String {
        let title = title(language)
        guard language != .simplifiedChinese else { return title }
        return title.prefix(1).uppercased() + title.dropFirst() + "s"
    }
}
