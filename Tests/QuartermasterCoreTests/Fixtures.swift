import Foundation
import QuartermasterCore

/// A small storeroom: one keeper, an applicant and colleagues, three items, requisitions in
/// every status. Shared by the flow and view tests.
enum Fixtures {
    static let t0 = Date(timeIntervalSince1970: 1_709_280_000)  // 2024-03-01 08:00 UTC

    static let keeper = Person(badge: "E1001", name: "王库管", department: "Storeroom", roles: [.keeper])
    static let applicant = Person(badge: "E2001", name: "张三", department: "General Affairs", roles: [.employee])
    static let colleague = Person(badge: "E2002", name: "李四", department: "General Affairs", roles: [.employee])
    static let outsider = Person(badge: "E3001", name: "Wang Wu", department: "Finance", roles: [.employee])
    static let leaver = Person(badge: "E2009", name: "Former Staff", department: "General Affairs", roles: [.employee], active: false)
    static let auditor = Person(badge: "E4001", name: "Auditor Zhao", department: "Audit", roles: [.auditor])

    static let paper = Item(code: "ITM-PAPER", barcodes: ["6901234567892"], name: "A4 复印纸", spec: "70 g", unit: "pack",
                            category: .stationery, stock: 40, threshold: 10, bin: "A-01")
    static let pens = Item(code: "ITM-PEN", barcodes: ["4006381333931"], name: "Gel pen black", spec: "0.5 mm", unit: "box",
                           category: .stationery, stock: 2, threshold: 1, bin: "A-02")
    static let toner = Item(code: "ITM-TONER", barcodes: ["9501101530003"], name: "Toner HP 58A", spec: "CF258A", unit: "pcs",
                            category: .consumables, stock: 3, threshold: 2, bin: "C-07")

    static func requisition(_ status: RequisitionStatus = .approved, number: String = "YPQ-2024-001",
                            rejectionReason: String? = nil) -> RequisitionDetail {
        let requisition = Requisition(
            number: number, applicantBadge: applicant.badge, department: applicant.department,
            date: CalendarDate("2024-03-01")!, purpose: "department printing", approver: "Manager Li",
            status: status, rejectionReason: rejectionReason,
            lines: [RequisitionLine(itemCode: paper.code, requested: 10, approved: 10),
                    RequisitionLine(itemCode: pens.code, requested: 5, approved: 5),
                    RequisitionLine(itemCode: toner.code, requested: 1, approved: 0)])
        return RequisitionDetail(requisition: requisition, applicant: applicant,
                                 items: [paper.code: paper, pens.code: pens, toner.code: toner])
    }

    /// What the store answers for a recorded pickup: the requisition after it, and the id of
    /// the slip it owes from the same transaction.
    static func outcome(_ requisition: Requisition, items: [String: Item] = [:]) -> PickupOutcome {
        PickupOutcome(requisition: requisition, items: items, replenishments: [], slipID: slipID)
    }

    static let slipID = UUID(uuidString: "018dfa9e-5a00-7000-8000-000000000001")!
}
