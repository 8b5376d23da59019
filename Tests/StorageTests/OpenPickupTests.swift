import Foundation
import QuartermasterCore
import Storage
import Testing

/// A pickup's scans kept while it is open (`v7-open-work`), against a real SQLite file: what a
/// restart brings back, what it must never bring back (a pickup already recorded), and what the
/// schema refuses.
@Suite("Open pickup")
struct OpenPickupTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    static let t1 = StationFixture.pickupTime
    static func open(_ scans: [(String, Int)], number: String = "YPQ-2024-001", at time: Date = t1) -> OpenPickup {
        OpenPickup(requisitionNumber: number, scans: scans.map { PickSession.Scan(itemCode: $0.0, quantity: $0.1) },
                   keeperBadge: StationFixture.keeper, time: time)
    }

    @Test func keptScansComeBackAfterAReopenWithTheRequisitionAsItIsNow() throws {
        #expect(StationDatabase.knownMigrations.contains("v7-open-work"))
        #expect(try database.leftOpenPickup() == nil)
        try database.keepOpenPickup(Self.open([("A4-70", 3)]))
        try database.keepOpenPickup(Self.open([("A4-70", 3), ("PEN", 1), ("A4-70", 2)], at: Self.t1 + 5))
        try fixture.reopen()

        let left = try #require(try database.leftOpenPickup())
        #expect(left.open == Self.open([("A4-70", 3), ("PEN", 1), ("A4-70", 2)], at: Self.t1 + 5), "the last keep, in scan order")
        #expect(left.detail == (try database.requisitionDetail(number: "YPQ-2024-001")))
        #expect(try database.movements().filter { $0.kind == .pickup }.isEmpty, "keeping scans moves no stock")
        #expect(try database.item(code: "A4-70")?.stock == 40)
        #expect(try database.journal().map(\.kind) == [.peopleImported, .itemsImported, .requisitionsImported], "nor journals a fact")
    }

    @Test func anUndoToNothingAndAForgetAreKeptToo() throws {
        try database.keepOpenPickup(Self.open([("A4-70", 3)]))
        try database.keepOpenPickup(Self.open([]))
        #expect(try database.leftOpenPickup()?.open.scans == [], "the requisition is still open, with nothing scanned")
        try database.forgetOpenPickup(requisition: "YPQ-2024-001")
        try fixture.reopen()
        #expect(try database.leftOpenPickup() == nil)
    }

    @Test func theNewestOfTwoComesBackFirst() throws {
        try database.keepOpenPickup(Self.open([("TONER", 1)], number: "YPQ-2024-003", at: Self.t1))
        try database.keepOpenPickup(Self.open([("PEN", 1)], at: Self.t1 + 60))
        #expect(try database.leftOpenPickup()?.open.requisitionNumber == "YPQ-2024-001")
        try database.forgetOpenPickup(requisition: "YPQ-2024-001")
        #expect(try database.leftOpenPickup()?.open.requisitionNumber == "YPQ-2024-003")
    }

    /// The station stopped after the pickup's commit and before its scans were forgotten (the
    /// forget follows the screen): the scans must not come back, or the keeper could hand the
    /// same things out twice.
    @Test func scansARecordedPickupSettledNeverComeBack() throws {
        try database.keepOpenPickup(Self.open([("A4-70", 3), ("PEN", 1)]))
        _ = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 3), ("PEN", 1)]))
        try fixture.reopen()
        #expect(try database.leftOpenPickup() == nil)
        #expect(try SQLiteShell.run("SELECT count(*) FROM open_pickup", on: fixture.path).output == "0\n", "and they are forgotten")
    }

    @Test func anotherRequisitionsPickupDoesNotSettleThem() throws {
        try database.keepOpenPickup(Self.open([("A4-70", 3)]))
        _ = try database.recordPickup(fixture.commit("YPQ-2024-004", [("PEN", 1)], recipient: "100232"))
        _ = try database.recordStockChange(StockChange(kind: .receipt, itemCode: "A4-70", quantity: 5, actorBadge: "K01", station: "hq-1", time: Self.t1))
        #expect(try database.leftOpenPickup()?.open.scans == [PickSession.Scan(itemCode: "A4-70", quantity: 3)])
    }

    @Test func scansKeptAfterAnEarlierPickupOfTheSameRequisitionStillComeBack() throws {
        _ = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 3)]))
        try database.keepOpenPickup(Self.open([("A4-70", 2)]))
        #expect(try database.leftOpenPickup()?.detail.requisition.lines.first?.remaining == 5, "8 approved, 3 picked")
        #expect(try database.leftOpenPickup()?.open.scans == [PickSession.Scan(itemCode: "A4-70", quantity: 2)])
    }

    @Test func theSchemaRefusesWhatIsNoPickup() throws {
        for bad in [
            "INSERT INTO open_pickup VALUES ('YPQ-9999-999', '[]', 'K01', 0, 0)",  // no such requisition
            "INSERT INTO open_pickup VALUES ('YPQ-2024-001', '{\"item\":1}', 'K01', 0, 0)",  // not a list
            "INSERT INTO open_pickup VALUES ('YPQ-2024-001', 'not json', 'K01', 0, 0)",
            "INSERT INTO open_pickup VALUES ('YPQ-2024-001', '[]', '', 0, 0)",
        ] {
            let result = try SQLiteShell.run("PRAGMA foreign_keys = ON; " + bad, on: fixture.path)
            #expect(result.status != 0, "\(bad) was accepted")
        }
    }

    @Test func aRowEditedOutsideTheStationIsAClearError() throws {
        _ = try SQLiteShell.run("INSERT INTO open_pickup VALUES ('YPQ-2024-001', '[{\"qty\":1}]', 'K01', 0, 0)", on: fixture.path)
        #expect(throws: StationProblem.self) { try database.leftOpenPickup() }
    }
}
