import Central
import Foundation
import QuartermasterCore
import Storage
import Testing

/// The centre reads what real stations write: two station databases (the station's own
/// storage, its imports and pickups) push their journals, and the central ledger must hold
/// exactly the movements each station's own export lists, plus the event each came from.
@Suite("Central store: real station journals")
struct StationJournalTests {
    static let people = """
        badge,name,department,roles
        100231,张伟,行政部,employee
        100232,李娜,财务部,employee
        100233,王芳,后勤部,employee;keeper
        """
    static let items = #"""
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        A4-80,6901234567892,"复印纸, ""A4""",80 g,包,耗材,5,2,A-03-2
        """#
    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        LY-2026-001,100231,行政部,2026-12-01,打印,刘经理,approved,A4-80,5,5
        """

    private func station(_ id: String, folder: URL) throws -> StationDatabase {
        let database = try StationDatabase(path: folder.appendingPathComponent("\(id).sqlite").path, stationID: id)
        let time = Date(timeIntervalSince1970: 1_764_640_000)
        _ = try database.importPeople(csv: Self.people, file: "人员.csv", actorBadge: "100233", time: time)
        _ = try database.importItems(csv: Self.items, file: "物品.csv", actorBadge: "100233", time: time)
        _ = try database.importRequisitions(csv: Self.requisitions, file: "领用单.csv", actorBadge: "100233", time: time)
        _ = try database.recordPickup(PickupCommit(
            requisitionNumber: "LY-2026-001", picks: [.init(itemCode: "A4-80", quantity: 5)], keeperBadge: "100233",
            recipientBadge: "100231", acceptedByKeeper: false, station: id, time: time.addingTimeInterval(60)))
        _ = try database.recordStockChange(StockChange(
            kind: .receipt, itemCode: "A4-80", quantity: 3, actorBadge: "100233", station: id, time: time.addingTimeInterval(120)))
        _ = try database.adjustStock(itemCode: "A4-80", newStock: 2, actorBadge: "100233", station: id, time: time.addingTimeInterval(180), reason: "盘点, 少1")
        return database
    }

    private static func events(_ database: StationDatabase) throws -> [SyncEvent] {
        try database.journal().map { entry in
            SyncEvent(
                id: entry.id.uuidString.lowercased(), station: entry.station, sequence: entry.sequence, actor: entry.actorBadge,
                time: Int64((entry.time.timeIntervalSince1970 * 1000).rounded()), kind: entry.kind.rawValue, payload: entry.payload)
        }
    }

    @Test("Each station's movements and stock arrive as its own export has them; one requisition at two stations is flagged", arguments: StoreKind.allCases)
    func twoStations(kind: StoreKind) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qm-central-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let under = try await StoreUnderTest.make(kind)
        var expected: [[String]] = []
        for id in ["一楼-1", "二楼-2"] {
            let database = try station(id, folder: folder)
            let authenticated = try await under.enrolled(name: id, station: id)
            let events = try Self.events(database)
            // Sent twice, in two overlapping batches: stored once.
            _ = try await under.store.push(Array(events.prefix(3)), from: authenticated)
            #expect(try await under.store.push(events, from: authenticated).acknowledged == Int64(events.count))
            #expect(try await under.store.events(station: id, after: 0, limit: 1000) == events)
            expected += try database.movementsTable().rows.map { $0.map(\.text) }
            #expect(try await under.store.stock(item: "A4-80").byStation[id] == database.items().first { $0.code == "A4-80" }?.stock)
            try database.close()
        }
        let central = CentralMovementsCSV.table(try await under.store.movements())
        #expect(central.rows.map { Array($0.dropLast()).map(\.text) } == expected)
        #expect(try await under.store.stock(item: "A4-80").total == 4)
        let anomalies = try await under.store.anomalies()
        #expect(anomalies.map(\.kind) == [.requisitionAtTwoStations])
        #expect(anomalies.first?.subject == "LY-2026-001")
    }
}
