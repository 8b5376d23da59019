import Foundation
import QuartermasterCore
import Storage

/// A station database in a fresh temporary folder, removed when the fixture goes away, seeded
/// through the same CSV imports a clerk uses.
final class StationFixture {
    static let station = "hq-1"
    static let clerk = "C01"
    static let keeper = "K01"
    static let importTime = Date(timeIntervalSince1970: 1_709_251_200)  // 2024-03-01T00:00:00Z
    static let pickupTime = Date(timeIntervalSince1970: 1_709_301_600)  // 2024-03-01T14:00:00Z

    static let people = """
        badge,name,department,roles
        100231,Zhang San,General Affairs,employee
        100232,Li Si,IT,employee
        K01,Wang Wu,Logistics,employee;keeper
        C01,Zhao Liu,Administration,employee;clerk
        """
    static let items = """
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        A4-70,6901234567892,A4 copy paper,70 g,pack,stationery,40,10,A-03-2
        PEN,,Gel pen,0.5 mm black,box,stationery,5,4,A-01-1
        TONER,,Toner cartridge,HP 26A,piece,consumables,2,1,B-02-1
        """
    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        YPQ-2024-001,100231,General Affairs,2024-03-01,department printing,Manager Li,approved,A4-70,10,8
        YPQ-2024-001,100231,General Affairs,2024-03-01,department printing,Manager Li,approved,PEN,2,2
        YPQ-2024-002,100232,IT,2024-03-01,spare toner,Manager Wu,draft,TONER,1,1
        YPQ-2024-003,100232,IT,2024-03-01,printer room,Manager Wu,approved,A4-70,2,2
        YPQ-2024-003,100232,IT,2024-03-01,printer room,Manager Wu,approved,TONER,5,5
        YPQ-2024-004,100232,IT,2024-03-01,notes,Manager Wu,approved,PEN,1,1
        """

    let directory: URL
    let path: String
    private(set) var database: StationDatabase

    /// An empty, migrated database; `seeded` also imports the people, items and requisitions above.
    init(seeded: Bool = true, busyTimeout: Duration = .seconds(5)) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-storage-\(UUID().uuidString)")
        path = directory.appendingPathComponent("nested/folder/station.sqlite").path
        database = try StationDatabase(path: path, stationID: Self.station, busyTimeout: busyTimeout)
        if seeded {
            _ = try database.importPeople(csv: Self.people, file: "people.csv", actorBadge: Self.clerk, time: Self.importTime)
            _ = try database.importItems(csv: Self.items, file: "items.csv", actorBadge: Self.clerk, time: Self.importTime)
            _ = try database.importRequisitions(csv: Self.requisitions, file: "requisitions.csv", actorBadge: Self.clerk, time: Self.importTime)
        }
    }

    deinit {
        try? database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Closes the database and opens the file again, as a restart of the station would.
    func reopen() throws {
        try database.close()
        database = try StationDatabase(path: path, stationID: Self.station)
    }

    /// Everything a pickup or stock change may touch, to prove a refused one touched nothing.
    func snapshot() throws -> LedgerSnapshot {
        LedgerSnapshot(
            items: try database.items(), requisitions: try database.requisitions(),
            movements: try database.movements(), journal: try database.journal())
    }

    func commit(_ number: String, _ picks: [(String, Int)], recipient: String = "100231") -> PickupCommit {
        PickupCommit(
            requisitionNumber: number, picks: picks.map { PickupCommit.Pick(itemCode: $0.0, quantity: $0.1) },
            keeperBadge: Self.keeper, recipientBadge: recipient, acceptedByKeeper: false,
            station: Self.station, time: Self.pickupTime)
    }
}

/// The ledger's whole visible state at one moment.
struct LedgerSnapshot: Equatable {
    var items: [Item]
    var requisitions: [Requisition]
    var movements: [StockMovement]
    var journal: [JournalEntry]
}
