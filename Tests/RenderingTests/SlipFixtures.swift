import Foundation
import QuartermasterCore

// MARK: - SlipFixtures

/// Pickup slips shaped like the office's example requisition (domain.md), with Chinese names.
enum SlipFixtures {
    static let requisitionNumber = "YPQ-2024-001"
    static let applicant = "张三"
    /// 2024-03-01 06:00 UTC, i.e. 14:00 in Shanghai.
    static let pickupTime = Date(timeIntervalSince1970: 1_709_272_800)
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    static func slip(lines: [PickupSlip.Line] = standardLines) -> PickupSlip {
        PickupSlip(
            requisitionNumber: requisitionNumber, applicantName: applicant, applicantBadge: "E1001",
            department: "行政后勤部", date: CalendarDate(year: 2024, month: 3, day: 1)!, purpose: "部门打印 department printing",
            approver: "李经理", status: .partlyPicked, lines: lines, pickupTime: pickupTime,
            keeperName: "王库管", keeperBadge: "K0007", recipientName: "张三", recipientBadge: "E1001",
            station: "HQ-STORE-1")
    }

    static let standardLines: [PickupSlip.Line] = [
        PickupSlip.Line(itemCode: "P-A4-70", name: "A4复印纸", spec: "70 g", unit: "包", approved: 10, picked: 8, remaining: 2),
        PickupSlip.Line(itemCode: "PEN-BLK", name: "Gel pen, black", spec: "0.5 mm", unit: "pcs", approved: 12, picked: 12, remaining: 0),
        PickupSlip.Line(
            itemCode: "TONER-HP",
            name: "HP LaserJet toner cartridge for the second-floor printer room, high-yield version 黑色硒鼓 (please keep the box for recycling) ENDOFLONGNAME",
            spec: "CF226X", unit: "个", approved: 1, picked: 1, remaining: 0),
    ]

    /// Enough lines to run past one A5 sheet.
    static let manyLines: [PickupSlip.Line] = (1...45).map { number in
        PickupSlip.Line(
            itemCode: "ITEM-\(number)", name: "物品 item \(number)", spec: "spec \(number)", unit: "pcs",
            approved: number, picked: number - 1, remaining: 1)
    }
}
