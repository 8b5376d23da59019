import QuartermasterCore

// MARK: - SlipLabels

/// The words printed on a pickup slip, in one language. Field names follow the office's paper
/// requisition form (domain.md) so the slip reads like the form people already know.
struct SlipLabels: Sendable {
    var title: String
    var requisitionNumber: String
    var applicant: String
    var department: String
    var requisitionDate: String
    var purpose: String
    var approver: String
    var status: String
    var pickupTime: String
    var keeper: String
    var recipient: String
    var station: String
    var itemName: String
    var spec: String
    var unit: String
    var approved: String
    var pickedNow: String
    var stillOwed: String
    var recipientSignature: String
    var date: String
    var page: String
    private let language: Language

    init(_ language: Language) {
        switch language {
        case .english:
            title = "Pickup slip"
            requisitionNumber = "Requisition no."
            applicant = "Applicant"
            department = "Department"
            requisitionDate = "Requisition date"
            purpose = "Purpose"
            approver = "Approver"
            status = "Status"
            pickupTime = "Pickup time"
            keeper = "Storekeeper"
            recipient = "Recipient"
            station = "Station"
            itemName = "Item"
            spec = "Specification"
            unit = "Unit"
            approved = "Approved"
            pickedNow = "Picked now"
            stillOwed = "Still owed"
            recipientSignature = "Recipient's signature"
            date = "Date"
            page = "Page"
        case .simplifiedChinese:
            title = "领用单"
            requisitionNumber = "申领单号"
            applicant = "申领人"
            department = "所属部门"
            requisitionDate = "申领日期"
            purpose = "用途说明"
            approver = "审批人"
            status = "审批状态"
            pickupTime = "领用时间"
            keeper = "库管员"
            recipient = "领用人"
            station = "工作站"
            itemName = "物品名称"
            spec = "规格型号"
            unit = "单位"
            approved = "批准数量"
            pickedNow = "本次领用"
            stillOwed = "尚欠数量"
            recipientSignature = "领用人签字"
            date = "日期"
            page = "页"
        }
        self.language = language
    }

    /// The requisition's state as the office words it.
    func status(_ status: RequisitionStatus) -> String {
        switch (status, language) {
        case (.draft, .english): "Draft"
        case (.approved, .english): "Approved"
        case (.rejected, .english): "Rejected"
        case (.partlyPicked, .english): "Partly picked up"
        case (.pickedUp, .english): "Picked up"
        case (.cancelled, .english): "Cancelled"
        case (.draft, .simplifiedChinese): "草稿"
        case (.approved, .simplifiedChinese): "已批准"
        case (.rejected, .simplifiedChinese): "已驳回"
        case (.partlyPicked, .simplifiedChinese): "部分领用"
        case (.pickedUp, .simplifiedChinese): "已领用"
        case (.cancelled, .simplifiedChinese): "已取消"
        }
    }

    /// "Page 2/3" or "第 2/3 页".
    func pageNumber(_ number: Int, of count: Int) -> String {
        switch language {
        case .english: "\(page) \(number)/\(count)"
        case .simplifiedChinese: "第 \(number)/\(count) \(page)"
        }
    }

    /// A person as name and badge, so paper can be reconciled even when two people share a name.
    func person(name: String, badge: String) -> String {
        switch (name.isEmpty, badge.isEmpty) {
        case (false, false): "\(name) (\(badge))"
        case (true, false): badge
        default: name
        }
    }
}
