import Foundation
import QuartermasterCore
import Testing

/// The reconciliation's arithmetic (账实相符): one row per asset in scope plus one per surplus
/// tag, and the counts and values by location, by category and in all.
@Suite struct ReconciliationTests {
    typealias C = CountFixtures

    static let monitor = Asset(tag: "FA-900002", name: "显示器", locationCode: C.room302.code)

    /// Two rooms counted: one found, one moved in from the other room (accepted), one moved in
    /// from outside the scope, one disposed seen, two surplus (one registered on the spot), two
    /// missing; the laptop scanned twice.
    static let scans: [CountScan] = [
        C.scan(C.laptop.tag, at: C.room301, outcome: .found, minutes: 1),
        C.scan(C.desk.tag, at: C.room301, outcome: .moved, minutes: 2, moveAccepted: true, registeredAt: C.room302.code),
        C.scan("FA-900001", at: C.room301, outcome: .surplus, minutes: 3),
        C.scan(C.laptop.tag, at: C.room302, outcome: .found, by: C.second.badge, minutes: 4),
        C.scan(C.chair.tag, at: C.room302, outcome: .moved, by: C.second.badge, minutes: 5, registeredAt: C.store.code),
        C.scan(C.printer.tag, at: C.room302, outcome: .disposed, by: C.second.badge, minutes: 6, registeredAt: C.room302.code),
        C.scan(monitor.tag, at: C.room302, outcome: .surplus, by: C.second.badge, minutes: 7),
    ]

    static func register(_ chairAt: String) -> (String) -> Asset? {
        var chair = C.chair
        chair.locationCode = chairAt
        let known = [chair, C.printer, monitor, C.laptop, C.projector, C.desk, C.safe]
        return { tag in known.first { $0.tag == tag } }
    }

    static let expected = [C.laptop, C.projector, C.desk, C.safe]

    struct Row: Equatable, CustomStringConvertible {
        var tag: String, outcome: CountOutcome, expected: String?, found: String?, by: String?, accepted: Bool
        var description: String { "\(tag) \(outcome) \(expected ?? "-")→\(found ?? "-") \(by ?? "-") \(accepted)" }
    }

    static let rows = [
        Row(tag: "FA-000001", outcome: .found, expected: C.room301.code, found: C.room301.code, by: C.auditor.badge, accepted: false),
        Row(tag: "FA-000002", outcome: .missing, expected: C.room301.code, found: nil, by: nil, accepted: false),
        Row(tag: "FA-000003", outcome: .moved, expected: C.room302.code, found: C.room301.code, by: C.auditor.badge, accepted: true),
        Row(tag: "FA-900001", outcome: .surplus, expected: nil, found: C.room301.code, by: C.auditor.badge, accepted: false),
        Row(tag: "FA-000004", outcome: .missing, expected: C.room302.code, found: nil, by: nil, accepted: false),
        Row(tag: "FA-000005", outcome: .moved, expected: C.store.code, found: C.room302.code, by: C.second.badge, accepted: false),
        Row(tag: "FA-000006", outcome: .disposed, expected: C.room302.code, found: C.room302.code, by: C.second.badge, accepted: false),
        Row(tag: "FA-900002", outcome: .surplus, expected: nil, found: C.room302.code, by: C.second.badge, accepted: false),
    ]

    /// The chair's register entry before closing (in the store room) and after closing applied
    /// its move (in 302): the rows are the same, because the scan remembers where it was.
    @Test(arguments: [C.store.code, C.room302.code])
    func oneRowPerAssetInScopePlusOnePerSurplusTag(chairRegisteredAt: String) {
        let reconciliation = Reconciliation(session: C.session, expected: Self.expected, scans: Self.scans, register: Self.register(chairRegisteredAt))
        let rows = reconciliation.rows.map {
            Row(tag: $0.tag, outcome: $0.outcome, expected: $0.expectedLocation, found: $0.foundLocation, by: $0.countedBy, accepted: $0.moveAccepted)
        }
        #expect(rows == Self.rows)
        #expect(reconciliation.rows.first { $0.tag == Self.monitor.tag }?.name == "显示器", "registered on the spot: named, still surplus")
        #expect(reconciliation.rows.first { $0.tag == "FA-900001" }?.name == "", "never registered: no name")
        #expect(reconciliation.rows(.missing).map(\.tag) == ["FA-000002", "FA-000004"])
    }

    struct Tally: Sendable, CustomTestStringConvertible {
        var key: String
        var expected: Int
        var counts: [CountOutcome: Int]
        var values: [CountOutcome: Int]
        var testDescription: String { key }
    }

    static let byLocation: [Tally] = [
        Tally(key: C.room301.code, expected: 2, counts: [.found: 1, .missing: 1, .moved: 1, .surplus: 1],
              values: [.found: 650_000, .missing: 300_000, .moved: 80_000]),
        Tally(key: C.room302.code, expected: 2, counts: [.missing: 1, .moved: 1, .disposed: 1, .surplus: 1],
              values: [.missing: 120_050, .moved: 20_000]),
    ]

    static let byCategory: [Tally] = [
        Tally(key: "电脑", expected: 1, counts: [.found: 1], values: [.found: 650_000]),
        Tally(key: "设备", expected: 1, counts: [.missing: 1, .disposed: 1], values: [.missing: 300_000]),
        Tally(key: "家具", expected: 2, counts: [.moved: 2, .missing: 1], values: [.moved: 100_000, .missing: 120_050]),
        Tally(key: "", expected: 0, counts: [.surplus: 2], values: [:]),
        Tally(key: "all", expected: 4, counts: [.found: 1, .moved: 2, .missing: 2, .surplus: 2, .disposed: 1],
              values: [.found: 650_000, .moved: 100_000, .missing: 420_050]),
    ]

    static func check(_ tally: CountTally?, _ want: Tally) {
        #expect(tally?.expected == want.expected, "\(want.key) expected")
        for outcome in CountOutcome.allCases {
            #expect(tally?[outcome] == want.counts[outcome] ?? 0, "\(want.key) \(outcome) count")
            #expect(tally?.value(outcome) == want.values[outcome] ?? 0, "\(want.key) \(outcome) value")
        }
    }

    var reconciliation: Reconciliation {
        Reconciliation(session: C.session, expected: Self.expected, scans: Self.scans, register: Self.register(C.store.code))
    }

    @Test(arguments: byLocation)
    func countsAndValuesByLocation(_ want: Tally) {
        Self.check(reconciliation.byLocation[want.key], want)
    }

    @Test(arguments: byCategory)
    func countsAndValuesByCategoryAndInAll(_ want: Tally) {
        Self.check(want.key == "all" ? reconciliation.total : reconciliation.byCategory[want.key], want)
    }

    @Test func everyRowIsTalliedOnce() {
        let r = reconciliation
        #expect(r.total.total == r.rows.count)
        #expect(r.byLocation.values.map(\.total).reduce(0, +) == r.rows.count)
        #expect(r.byCategory.values.map(\.total).reduce(0, +) == r.rows.count)
    }

    @Test func nothingScannedLeavesEveryExpectedAssetMissing() {
        let r = Reconciliation(session: C.session, expected: Self.expected, scans: [], register: { _ in nil })
        #expect(r.rows.map(\.outcome) == Array(repeating: .missing, count: 4))
        #expect(r.total[.missing] == 4 && r.total.value(.missing) == 1_150_050)
    }

    @Test func csvHasTheContractColumnsFirstAndOneRowPerReconciliationRow() {
        let text = ReconciliationCSV.text(reconciliation)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "tag,name,expected_location,found_location,outcome,counted_by,time,category,cost,station,move_accepted")
        #expect(lines.count == 1 + 8 + 1, "header, eight rows, and the last line end")
        #expect(lines[1] == "FA-000001,笔记本电脑,LOC-HQ-301,LOC-HQ-301,found,100231,2025-12-02T08:01:00Z,电脑,6500.00,ST-01,no")
        #expect(lines[2] == "FA-000002,投影仪,LOC-HQ-301,,missing,,,设备,3000.00,,no")
        #expect(lines[3] == "FA-000003,办公桌,LOC-HQ-302,LOC-HQ-301,moved,100231,2025-12-02T08:02:00Z,家具,800.00,ST-01,yes")
        #expect(lines[5] == "FA-000004,保险柜,LOC-HQ-302,,missing,,,家具,1200.50,,no")
        #expect(ReconciliationCSV.money(5).description == "0.05" && ReconciliationCSV.money(-1234).description == "-12.34")
    }

    @Test(arguments: [
        ("2025-12-02", 3, "2026-03-02"), ("2025-11-30", 3, "2026-02-28"), ("2027-11-30", 3, "2028-02-29"),
        ("2025-08-31", 6, "2026-02-28"), ("2025-01-31", 1, "2025-02-28"), ("2025-12-31", 12, "2026-12-31"),
    ])
    func theNextCountFallsDueMonthsLater(from: String, months: Int, due: String) {
        #expect(CalendarDate(from)?.adding(months: months).description == due)
    }
}
