import Foundation
import QuartermasterCore

/// A small office to count: two rooms of one floor, a store room outside the scope, assets with
/// Chinese names, categories and costs, an auditor with a plain-digit badge.
enum CountFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_764_662_400)  // 2025-12-02 08:00 UTC
    static let auditor = Person(badge: "100231", name: "赵审计", department: "审计部", roles: [.auditor])
    static let second = Person(badge: "100232", name: "钱审计", department: "审计部", roles: [.auditor])

    static let floor = Location(code: "LOC-HQ-3F", name: "总部 3楼")
    static let room301 = Location(code: "LOC-HQ-301", name: "301 会议室", parentCode: "LOC-HQ-3F")
    static let room302 = Location(code: "LOC-HQ-302", name: "302 财务室", parentCode: "LOC-HQ-3F")
    static let store = Location(code: "LOC-STORE", name: "仓库")

    static let laptop = Asset(tag: "FA-000001", name: "笔记本电脑", category: "电脑", locationCode: room301.code, costCents: 650_000)
    static let projector = Asset(tag: "FA-000002", name: "投影仪", category: "设备", locationCode: room301.code, costCents: 300_000)
    static let desk = Asset(tag: "FA-000003", name: "办公桌", category: "家具", locationCode: room302.code, costCents: 80_000)
    static let safe = Asset(tag: "FA-000004", name: "保险柜", category: "家具", locationCode: room302.code, costCents: 120_050)
    static let chair = Asset(tag: "FA-000005", name: "椅子", category: "家具", locationCode: store.code, costCents: 20_000)
    static let printer = Asset(tag: "FA-000006", name: "旧打印机", category: "设备", locationCode: room302.code, status: .disposed, costCents: 0)

    static let session = CountSession(
        id: "CNT-20251202-7K2M9Q", scope: [floor.code], blind: false, openedBy: auditor.badge, openedAt: t0, station: "ST-01")

    static func progress(_ location: Location, expected: Int = 2, found: Int = 0, missing: [Asset] = []) -> CountProgress {
        CountProgress(location: location, expected: expected, found: found, missingCount: missing.count,
                      missing: missing.map { CountProgress.Missing(tag: $0.tag, name: $0.name) })
    }

    static func scan(_ tag: String, at location: Location, outcome: CountOutcome, by badge: String = auditor.badge,
                     minutes: Double = 1, moveAccepted: Bool = false, registeredAt: String? = nil) -> CountScan {
        CountScan(session: session.id, tag: tag, locationCode: location.code, countedBy: badge, station: "ST-01",
                  time: t0.addingTimeInterval(minutes * 60), outcome: outcome, moveAccepted: moveAccepted, registeredLocation: registeredAt)
    }
}
