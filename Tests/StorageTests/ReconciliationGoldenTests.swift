import Foundation
import QuartermasterCore
import Storage
import Testing

/// The reconciliation's exact output on office data, fixed before the reconciliation was
/// streamed from SQL (BENCHMARKS.md, Asset count): the CSV bytes (with and without the byte
/// order mark) and every tally, read from a real SQLite file before and after closing. Any
/// change in how rows are gathered, ordered or tallied shows here as a changed byte.
@Suite("Reconciliation golden", .serialized)
struct ReconciliationGoldenTests {
    let fixture: StationFixture
    var db: StationDatabase { fixture.database }
    static let t0 = Date(timeIntervalSince1970: 1_764_662_400)  // 2025-12-02 08:00 UTC

    /// CountStorageTests' site, plus names a spreadsheet must get right (a comma and quotes, a
    /// formula, no cost), a second category word, and a room with nothing found.
    static let more = """
        INSERT INTO location (code, name, parent_code) VALUES ('LOC-HQ-303', '303 档案室', 'LOC-HQ-3F');
        INSERT INTO asset (tag, name, category, location_code, status, cost_cents) VALUES
            ('FA-000007', '文件柜, "A型"', '家具', 'LOC-HQ-301', 'in_use', 150000),
            ('FA-000008', '=HYPERLINK("x")', '耗材', 'LOC-HQ-303', 'in_use', NULL),
            ('FA-000009', '碎纸机', '设备', 'LOC-HQ-303', 'idle', 45000),
            ('FA-000010', '显示器', '电脑', 'LOC-WH', 'in_use', 99999),
            ('FA-000011', '报废电脑', '电脑', 'LOC-WH', 'disposed', 0);
        """

    init() throws {
        fixture = try StationFixture()
        let result = try SQLiteShell.run(CountStorageTests.register + Self.more, on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
    }

    func scan(_ session: CountSession, _ tag: String, at location: String, by badge: String = "100231", minute: Double) throws {
        _ = try db.recordCountScan(CountTagScan(session: session.id, tag: tag, locationCode: location, countedBy: badge,
                                                station: StationFixture.station, time: Self.t0.addingTimeInterval(minute * 60)))
    }

    /// Every class: found, moved within the scope (accepted) and in from outside it, missing,
    /// surplus (one registered on the spot with a name a spreadsheet must quote), disposed
    /// from inside and outside the scope, and a duplicate.
    func counted() throws -> CountSession {
        let session = try db.openCount(CountOpening(scope: ["LOC-HQ"], blind: false, openedBy: "100231", station: StationFixture.station, time: Self.t0))
        try scan(session, "FA-000001", at: "LOC-HQ-301", minute: 1)
        try scan(session, "FA-000007", at: "LOC-HQ-301", by: "100232", minute: 2)
        try scan(session, "FA-000003", at: "LOC-HQ-301", minute: 3)
        try db.acceptCountMove(CountMoveAcceptance(session: session.id, tag: "FA-000003", acceptedBy: "100231", station: StationFixture.station, time: Self.t0))
        try scan(session, "FA-000001", at: "LOC-HQ-302", minute: 4)
        try scan(session, "FA-000010", at: "LOC-HQ-302", minute: 5)
        try scan(session, "FA-000006", at: "LOC-HQ-302", minute: 6)
        try scan(session, "FA-000011", at: "LOC-HQ-302", minute: 7)
        try scan(session, "FA-900002", at: "LOC-HQ-302", minute: 8)
        try scan(session, "FA-900001", at: "LOC-HQ-301", minute: 9)
        _ = try db.registerSurplus(SurplusRegistration(session: session.id, tag: "FA-900001", name: "白板, \"大\"", locationCode: "LOC-HQ-301",
                                                       registeredBy: "100231", station: StationFixture.station, time: Self.t0))
        try scan(session, "FA-000009", at: "LOC-HQ-303", minute: 10)
        return session
    }

    static func tallies(_ r: Reconciliation) -> String {
        func line(_ name: String, _ t: CountTally) -> String {
            "\(name): expected \(t.expected) " + CountOutcome.allCases.map { "\($0.rawValue) \(t[$0])/\(t.value($0))" }.joined(separator: " ")
        }
        return ([line("total", r.total)] + r.byLocation.keys.sorted().map { line($0, r.byLocation[$0]!) }
                + r.byCategory.keys.sorted().map { line($0, r.byCategory[$0]!) }).joined(separator: "\n")
    }

    /// Written as the file reads, CRLF line ends added.
    static let openCSV = #"""
        tag,name,expected_location,found_location,outcome,counted_by,time,category,cost,station,move_accepted
        FA-000001,笔记本电脑,LOC-HQ-301,LOC-HQ-301,found,100231,2025-12-02T08:01:00Z,电脑,6500.00,hq-1,no
        FA-000002,投影仪,LOC-HQ-301,,missing,,,设备,3000.00,,no
        FA-000003,办公桌,LOC-HQ-302,LOC-HQ-301,moved,100231,2025-12-02T08:03:00Z,家具,800.00,hq-1,yes
        FA-000007,"文件柜, ""A型""",LOC-HQ-301,LOC-HQ-301,found,100232,2025-12-02T08:02:00Z,家具,1500.00,hq-1,no
        FA-900001,"白板, ""大""",,LOC-HQ-301,surplus,100231,2025-12-02T08:09:00Z,,,hq-1,no
        FA-000004,保险柜,LOC-HQ-302,,missing,,,家具,1200.50,,no
        FA-000006,旧打印机,LOC-HQ-302,LOC-HQ-302,disposed,100231,2025-12-02T08:06:00Z,设备,0.00,hq-1,no
        FA-000010,显示器,LOC-WH,LOC-HQ-302,moved,100231,2025-12-02T08:05:00Z,电脑,999.99,hq-1,no
        FA-000011,报废电脑,LOC-WH,LOC-HQ-302,disposed,100231,2025-12-02T08:07:00Z,电脑,0.00,hq-1,no
        FA-900002,,,LOC-HQ-302,surplus,100231,2025-12-02T08:08:00Z,,,hq-1,no
        FA-000008,"'=HYPERLINK(""x"")",LOC-HQ-303,,missing,,,耗材,,,no
        FA-000009,碎纸机,LOC-HQ-303,LOC-HQ-303,found,100231,2025-12-02T08:10:00Z,设备,450.00,hq-1,no

        """#.replacingOccurrences(of: "\n", with: "\r\n")

    /// The total, each location, then each category (the surplus tags' empty one first).
    static let openTallies = """
        total: expected 7 found 3/845000 moved 2/179999 missing 3/420050 surplus 2/0 disposed 2/0
        LOC-HQ-301: expected 3 found 2/800000 moved 1/80000 missing 1/300000 surplus 1/0 disposed 0/0
        LOC-HQ-302: expected 2 found 0/0 moved 1/99999 missing 1/120050 surplus 1/0 disposed 2/0
        LOC-HQ-303: expected 2 found 1/45000 moved 0/0 missing 1/0 surplus 0/0 disposed 0/0
        : expected 0 found 0/0 moved 0/0 missing 0/0 surplus 2/0 disposed 0/0
        家具: expected 3 found 1/150000 moved 1/80000 missing 1/120050 surplus 0/0 disposed 0/0
        电脑: expected 1 found 1/650000 moved 1/99999 missing 0/0 surplus 0/0 disposed 1/0
        耗材: expected 1 found 0/0 moved 0/0 missing 1/0 surplus 0/0 disposed 0/0
        设备: expected 2 found 1/45000 moved 0/0 missing 1/300000 surplus 0/0 disposed 1/0
        """

    @Test func theReconciliationIsByteForByteTheSameOnOfficeData() throws {
        let session = try counted()
        let open = try #require(try db.reconciliation(session: session.id))
        #expect(ReconciliationCSV.text(open) == Self.openCSV, "\(ReconciliationCSV.text(open).debugDescription)")
        #expect(ReconciliationCSV.text(open, byteOrderMark: true) == "\u{FEFF}" + Self.openCSV)
        #expect(Self.tallies(open) == Self.openTallies, "\(Self.tallies(open).debugDescription)")

        let closure = try db.closeCount(CountClosing(session: session.id, closedBy: "100231", station: StationFixture.station,
                                                     time: Self.t0.addingTimeInterval(3600), acceptAllMoves: true,
                                                     lastCounted: CalendarDate("2025-12-02")!, nextCount: CalendarDate("2026-03-02")!))
        let closedCSV = Self.openCSV.replacingOccurrences(of: "LOC-WH,LOC-HQ-302,moved,100231,2025-12-02T08:05:00Z,电脑,999.99,hq-1,no",
                                                          with: "LOC-WH,LOC-HQ-302,moved,100231,2025-12-02T08:05:00Z,电脑,999.99,hq-1,yes")
        #expect(ReconciliationCSV.text(closure.reconciliation) == closedCSV, "\(ReconciliationCSV.text(closure.reconciliation).debugDescription)")
        #expect(Self.tallies(closure.reconciliation) == Self.openTallies)
        let after = try #require(try db.reconciliation(session: session.id))
        #expect(ReconciliationCSV.text(after) == closedCSV, "read back after closing: the moves still say where they came from")
        #expect(Self.tallies(after) == Self.openTallies)
    }
}
