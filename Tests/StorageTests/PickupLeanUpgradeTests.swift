import Foundation
import QuartermasterCore
import Storage
import Testing

/// `v9-pickup-lean` on a station in the field: a database at `v8-reference` (before `v9-pickup-lean`) holding an office's
/// data (Chinese names), a pickup recorded before the upgrade whose slip is still owed (a `slip`
/// row with its content, its event without the requisition in it) and one already printed,
/// comes forward with both slips as they were, and pickups after it owe theirs by their event.
@Suite("Pickup lean upgrade")
struct PickupLeanUpgradeTests {
    static let people = """
        badge,name,department,roles
        100231,张伟,行政部,employee
        100232,李娜,行政部,employee
        200001,王芳,后勤部,employee;keeper
        """
    static let items = #"""
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        A4-70,6901234567892,"A4 复印纸, ""70 g""",70 g,包,文具,40,10,A-03-2
        PEN,,中性笔,0.5 mm 黑色,盒,文具,20,4,A-01-1
        """#
    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        YPQ-2024-001,100231,行政部,2024-03-01,部门打印,李经理,approved,A4-70,10,8
        YPQ-2024-001,100231,行政部,2024-03-01,部门打印,李经理,approved,PEN,2,2
        YPQ-2024-002,100232,行政部,2024-03-02,会议记录,李经理,approved,PEN,3,3
        """

    /// What a v7 station wrote for a pickup of 5 of A4-70 on YPQ-2024-001 (its commit as the
    /// event, its slip with its content, still pending), and a printed slip of an earlier one.
    static let v7Pickup = #"""
        INSERT INTO journal (id, station, sequence, actor, time, kind, payload) VALUES
            ('018dfa9e-5a00-7000-8000-0000000000a1', 'hq-1', 100, '200001', 1709301600000, 'pickup.confirmed',
             '{"acceptedByKeeper":false,"keeperBadge":"200001","picks":[{"itemCode":"A4-70","quantity":5}],"recipientBadge":"100231","requisitionNumber":"YPQ-2024-001","station":"hq-1","time":1709301600000}');
        UPDATE requisition_line SET picked = 5 WHERE requisition_number = 'YPQ-2024-001' AND item_code = 'A4-70';
        UPDATE item SET stock = 35 WHERE code = 'A4-70';
        UPDATE requisition SET status = 'partly_picked' WHERE number = 'YPQ-2024-001';
        INSERT INTO stock_movement (time, kind, item_code, quantity, actor_badge, station, requisition_number, recipient_badge, note, journal_id)
            VALUES (1709301600000, 'pickup', 'A4-70', -5, '200001', 'hq-1', 'YPQ-2024-001', '100231', NULL, '018dfa9e-5a00-7000-8000-0000000000a1');
        INSERT INTO slip (id, requisition_number, journal_id, reprint_of, created, content, state, output, last_error, attempts, updated) VALUES
            ('018dfa9e-5a00-7000-8000-0000000000b1', 'YPQ-2024-001', '018dfa9e-5a00-7000-8000-0000000000a1', NULL, 1709301600000,
             '{"applicantBadge":"100231","applicantName":"张伟","approver":"李经理","date":{"day":1,"month":3,"year":2024},"department":"行政部","keeperBadge":"200001","keeperName":"王芳","lines":[{"approved":8,"itemCode":"A4-70","name":"A4 复印纸, \"70 g\"","picked":5,"remaining":3,"spec":"70 g","unit":"包"},{"approved":2,"itemCode":"PEN","name":"中性笔","picked":0,"remaining":2,"spec":"0.5 mm 黑色","unit":"盒"}],"pickupTime":1709301600000,"purpose":"部门打印","recipientBadge":"100231","recipientName":"张伟","requisitionNumber":"YPQ-2024-001","station":"hq-1","status":"partly_picked"}',
             'pending', NULL, 'printer offline', 2, 1709301660000);
        """#

    /// A database exactly as `v8-reference` left it, with the data above: made by this version,
    /// then the one table `v9-pickup-lean` adds dropped and its record removed.
    func v7Database() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qm-lean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("station.sqlite").path
        let database = try StationDatabase(path: path, stationID: "hq-1")
        _ = try database.importPeople(csv: Self.people, file: "people.csv", actorBadge: "C01", time: Date(timeIntervalSince1970: 1_709_251_200))
        _ = try database.importItems(csv: Self.items, file: "items.csv", actorBadge: "C01", time: Date(timeIntervalSince1970: 1_709_251_200))
        _ = try database.importRequisitions(csv: Self.requisitions, file: "requisitions.csv", actorBadge: "C01", time: Date(timeIntervalSince1970: 1_709_251_200))
        try database.close()
        let result = try SQLiteShell.run("""
            DROP TABLE slip_owed;
            DELETE FROM grdb_migrations WHERE identifier = 'v9-pickup-lean';
            \(Self.v7Pickup)
            """, on: path)
        #expect(result.status == 0, "\(result.error)")
        return (folder, path)
    }

    @Test func aStationBeforeV9ComesForwardWithItsSlipsAsTheyWere() throws {
        let (folder, path) = try v7Database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let migrations = try SQLiteShell.run("SELECT identifier FROM grdb_migrations ORDER BY rowid;", on: path).output
        #expect(migrations.hasSuffix("v8-reference\n"), "\(migrations)")

        let database = try StationDatabase(path: path, stationID: "hq-1")
        #expect(try database.appliedMigrations() == StationDatabase.knownMigrations)
        // The slip owed before the upgrade is owed as it was, content and all.
        let old = try #require(try database.pendingSlips().first)
        #expect(try database.pendingSlips().count == 1)
        #expect(old.id == UUID(uuidString: "018dfa9e-5a00-7000-8000-0000000000b1"))
        #expect(old.slip.recipientName == "张伟")
        #expect(old.slip.lines.first?.name == "A4 复印纸, \"70 g\"")
        #expect(old.slip.lines.map(\.remaining) == [3, 2])

        // A pickup after the upgrade owes its slip by its event; both slips are then owed.
        let time = Date(timeIntervalSince1970: 1_709_388_000)
        let outcome = try database.recordPickup(PickupCommit(
            requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "A4-70", quantity: 3), .init(itemCode: "PEN", quantity: 2)],
            keeperBadge: "200001", recipientBadge: "100232", acceptedByKeeper: true, station: "hq-1", time: time))
        #expect(outcome.requisition.status == .pickedUp)
        let new = try #require(try database.owedSlip(id: outcome.slipID))
        #expect(try database.pendingSlips() == [old, new])
        #expect(new.slip.recipientName == "李娜")
        #expect(new.slip.applicantName == "张伟")
        #expect(new.slip.keeperName == "王芳")
        #expect(new.slip.department == "行政部")
        #expect(new.slip.purpose == "部门打印")
        #expect(new.slip.status == .pickedUp)
        #expect(new.slip.pickupTime == time)
        #expect(new.slip.lines == [
            .init(itemCode: "A4-70", name: "A4 复印纸, \"70 g\"", spec: "70 g", unit: "包", approved: 8, picked: 3, remaining: 0),
            .init(itemCode: "PEN", name: "中性笔", spec: "0.5 mm 黑色", unit: "盒", approved: 2, picked: 2, remaining: 0),
        ])

        // Both are produced once; a reprint of the requisition copies the latest, the new one.
        #expect(try database.markSlipProduced(old, output: "out/old.pdf", at: time))
        #expect(try database.markSlipProduced(new, output: "out/new.pdf", at: time))
        #expect(try database.pendingSlips().isEmpty)
        #expect(try database.slips(requisition: "YPQ-2024-001").map(\.output) == ["out/old.pdf", "out/new.pdf"])
        let copy = try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "200001", at: time.addingTimeInterval(60))
        #expect(copy.slip == new.slip)
        #expect(copy.reprintOf == outcome.slipID)
        #expect(try database.movements().filter { $0.kind == .pickup }.map(\.quantity) == [-5, -3, -2])
        try database.close()

        let check = try SQLiteShell.run("PRAGMA foreign_key_check; PRAGMA integrity_check;", on: path)
        #expect(check.output == "ok\n", "\(check.output)")
    }
}
