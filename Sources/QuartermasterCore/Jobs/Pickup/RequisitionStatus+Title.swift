/// A requisition's status as the pickup screen shows it.
extension RequisitionStatus {
    public func title(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .draft: return zh ? "草稿" : "draft"
        case .approved: return zh ? "已审批" : "approved"
        case .rejected: return zh ? "已驳回" : "rejected"
        case .partlyPicked: return zh ? "部分领用" : "partly picked"
        case .pickedUp: return zh ? "已领用" : "picked up"
        case .cancelled: return zh ? "已取消" : "cancelled"
        }
    }
}
