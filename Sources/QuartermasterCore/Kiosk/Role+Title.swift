/// The role as the kiosk names it in a refusal ("is not a storeroom keeper").
extension Role {
    public func title(_ language: Language) -> String {
        guard language == .simplifiedChinese else {
            return self == .keeper ? "storeroom keeper" : rawValue
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
}

