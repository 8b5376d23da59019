import Foundation
import QuartermasterCore

/// Lendable equipment and its borrowers for the loans job's tests: assets in every status, a
/// borrower with an office's digit badge, and a board as the store would answer it.
enum LoanFixtures {
    typealias F = Fixtures

    /// 2024-03-01, the day of `Fixtures.t0` in UTC and in Shanghai.
    static let today = CalendarDate("2024-03-01")!
    static let borrower = Person(badge: "100231", name: "张三", department: "行政部", roles: [.employee])
    static let otherKeeper = Person(badge: "E1002", name: "李库管", department: "Storeroom", roles: [.keeper])

    static let projector = Asset(tag: "FA-000101", name: "投影仪 Epson CB-X06", category: "办公设备", locationCode: "LOC-HQ-3F", status: .inStore)
    static let camera = Asset(tag: "FA-000102", name: "相机, \"备用\"", category: "摄影器材", status: .idle)
    static let desk = Asset(tag: "FA-000103", name: "办公桌", category: "家具", status: .inUse, custodianBadge: "100231")
    static let broken = Asset(tag: "FA-000104", name: "笔记本电脑", category: "电脑", status: .underRepair)
    static let scrapped = Asset(tag: "FA-000105", name: "旧打印机", category: "办公设备", status: .disposed)

    static func loan(_ asset: Asset = projector, due: String, lentAt: Date = F.t0, returnedAt: Date? = nil) -> LoanListing {
        LoanListing(
            loan: Loan(tag: asset.tag, borrowerBadge: borrower.badge, lentBy: F.keeper.badge, lentAt: lentAt,
                       due: CalendarDate(due)!, returnedAt: returnedAt, returnedBy: returnedAt.map { _ in F.keeper.badge }, station: "ST-01"),
            assetName: asset.name, borrowerName: borrower.name)
    }

    static func board(_ overdue: [LoanListing] = [], today: CalendarDate = today) -> LoanBoard {
        LoanBoard(today: today, overdue: overdue)
    }
}
