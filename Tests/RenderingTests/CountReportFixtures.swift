import Foundation
import QuartermasterCore
@testable import Rendering

// MARK: - CountReportFixtures

/// Counts to print: three rooms of an office with Chinese names, badge-number auditors, a
/// moved, a missing, a surplus and a disposed asset, and names an import could carry (control
/// characters, a name far too long for any cell); and a 250-room count for the paginated chart.
enum CountReportFixtures {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-03-15 09:30 in Shanghai.
    static let opened = Date(timeIntervalSince1970: 1_773_538_200)

    static let locationNames = [
        "LOC-HQ-301": "总部 3楼 301 会议室",
        "LOC-HQ-302": "总部 3楼 302 财务室",
        "LOC-HQ-303": "总部 3楼 303 仓库" + String(repeating: "（东侧货架区）", count: 12),
        "LOC-WH-1": "城东仓库",
    ]

    static let hostileName = "显示器\u{1B}[31m红色\n第二行\u{202E}反向"
    /// The names of 301's two missing chairs (so both reach the missing list).
    static let missingNames = [longName, hostileName]
    static let longName = "联想 ThinkPad X1 Carbon 笔记本电脑，含扩展坞、电源适配器、" + String(repeating: "备用电池及便携包，", count: 20)

    static func session(_ scope: [String], id: String = "CNT-20260315-7K2M9Q") -> CountSession {
        CountSession(
            id: id, scope: scope, blind: false, openedBy: "100231", openedAt: opened, station: "HQ-KIOSK-1",
            closedAt: opened.addingTimeInterval(7200), closedBy: "100231")
    }

    static func asset(_ tag: String, _ name: String, _ category: String, at location: String?, cost: Int?, status: AssetStatus = .inUse) -> Asset {
        Asset(tag: tag, name: name, category: category, locationCode: location, status: status, costCents: cost)
    }

    static func scan(_ tag: String, at location: String, by auditor: String = "100231", minute: Int, _ outcome: CountOutcome, accepted: Bool = false) -> CountScan {
        CountScan(
            session: "CNT-20260315-7K2M9Q", tag: tag, locationCode: location, countedBy: auditor, station: "HQ-KIOSK-1",
            time: opened.addingTimeInterval(Double(minute) * 60), outcome: outcome, moveAccepted: accepted)
    }

    /// 301: 8 found, 2 missing (the long and the hostile name). 302: 4 found, 1 moved in from outside the scope, 1 missing,
    /// 1 surplus. 303: 3 found, 1 moved in from 302 (accepted), 1 disposed asset seen.
    static func threeRooms() -> Reconciliation {
        var expected: [Asset] = []
        var scans: [CountScan] = []
        for number in 1...10 {
            let tag = String(format: "FA-%06d", 100 + number)
            let name = number == 9 ? longName : (number == 10 ? hostileName : "办公椅 \(number) 号")
            expected.append(asset(tag, name, number <= 2 ? "电脑" : "家具", at: "LOC-HQ-301", cost: 123_456 * number))
            if number <= 8 { scans.append(scan(tag, at: "LOC-HQ-301", minute: number, .found)) }
        }
        for number in 1...6 {
            let tag = String(format: "FA-%06d", 200 + number)
            expected.append(asset(tag, "财务柜 \(number)", "家具", at: "LOC-HQ-302", cost: 50_000))
            switch number {
            case 1...4: scans.append(scan(tag, at: "LOC-HQ-302", by: "100232", minute: 20 + number, .found))
            case 5: scans.append(scan(tag, at: "LOC-HQ-303", minute: 40, .moved, accepted: true))
            default: break
            }
        }
        for number in 1...3 {
            let tag = String(format: "FA-%06d", 300 + number)
            expected.append(asset(tag, "货架 \(number)", "仓储设备", at: "LOC-HQ-303", cost: nil))
            scans.append(scan(tag, at: "LOC-HQ-303", minute: 41 + number, .found))
        }
        let outside = asset("FA-000901", "投影仪", "办公设备", at: "LOC-WH-1", cost: 1_234_567)
        let disposed = asset("FA-000777", "旧打印机", "办公设备", at: "LOC-HQ-303", cost: 80_000, status: .disposed)
        scans.append(scan("FA-000901", at: "LOC-HQ-302", by: "100232", minute: 30, .moved))
        scans.append(scan("FA-009001", at: "LOC-HQ-302", by: "100232", minute: 31, .surplus))
        scans.append(scan("FA-000777", at: "LOC-HQ-303", minute: 45, .disposed))
        let register = [outside.tag: outside, disposed.tag: disposed]
        return Reconciliation(
            session: session(["LOC-HQ-301", "LOC-HQ-302", "LOC-HQ-303"]), expected: expected, scans: scans,
            register: { register[$0] })
    }

    /// 250 rooms, `LOC-R001`…`LOC-R250`, four assets each: room n finds n % 5 of them (so
    /// neighbouring rooms differ) and misses the rest; every tenth room also has a surplus tag.
    static func manyRooms(_ count: Int = 250) -> (Reconciliation, [String: String]) {
        var expected: [Asset] = []
        var scans: [CountScan] = []
        var names: [String: String] = [:]
        for room in 1...count {
            let code = String(format: "LOC-R%03d", room)
            names[code] = "\(room) 号办公室"
            for number in 1...4 {
                let tag = String(format: "FA-%03d%03d", room, number)
                expected.append(asset(tag, "台式电脑 \(number)", "电脑", at: code, cost: 456_700))
                if number <= room % 5 { scans.append(scan(tag, at: code, minute: room, .found)) }
            }
            if room % 10 == 0 { scans.append(scan(String(format: "FA-9%05d", room), at: code, minute: room, .surplus)) }
        }
        let codes = (1...count).map { String(format: "LOC-R%03d", $0) }
        return (Reconciliation(session: session(codes), expected: expected, scans: scans, register: { _ in nil }), names)
    }

    /// The shipped template, read the way the station reads it.
    static func template() throws -> CountReportTemplate {
        try LabelFixtures.library.countReportTemplate()
    }

    static func renderer(_ language: Language = .simplifiedChinese) throws -> CountReportRenderer {
        CountReportRenderer(template: try template(), language: language, timeZone: shanghai, title: "2026 年第一季度固定资产盘点")
    }
}
