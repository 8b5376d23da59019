import Foundation
import GRDB
import QuartermasterCore
import Storage

/// A station database in a fresh temporary folder, seeded as a Chinese office's storeroom is
/// (digit badges, Chinese names and categories), that records real stock receipts.
final class SyncStation: @unchecked Sendable {
    static let clerk = "100200"
    static let people = """
        badge,name,department,roles
        100231,张伟,行政部,employee
        100232,"李娜, 王芳",信息部,employee
        100200,赵六,行政部,employee;clerk;keeper
        """
    static let items = #"""
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        A4-70,6901234567892,"A4 复印纸 ""70 克""",70 g,包,stationery,40,10,A-03-2
        PEN,,中性笔,0.5 mm 黑,盒,stationery,5,4,A-01-1
        """#

    let directory: URL
    let id: String
    var path: String { directory.appendingPathComponent("station.sqlite").path }
    var dataFolder: String { directory.path }
    private(set) var database: StationDatabase

    let journalEntryLimit: Int

    init(id: String = "库房-1", journalEntryLimit: Int = PushRequest.maxBodyBytes) throws {
        self.id = id
        self.journalEntryLimit = journalEntryLimit
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quartermaster-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try StationDatabase(path: directory.appendingPathComponent("station.sqlite").path, stationID: id, journalEntryLimit: journalEntryLimit)
        let time = Date(timeIntervalSince1970: 1_709_251_200)
        _ = try database.importPeople(csv: Self.people, file: "人员.csv", actorBadge: Self.clerk, time: time)
        _ = try database.importItems(csv: Self.items, file: "物品.csv", actorBadge: Self.clerk, time: time)
    }

    deinit {
        try? database.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Records `count` deliveries of one pack each, through the station's own write path.
    func receive(_ count: Int, item: String = "A4-70") throws {
        for index in 0..<count {
            _ = try database.recordStockChange(StockChange(
                kind: .receipt, itemCode: item, quantity: 1, actorBadge: Self.clerk, station: id,
                time: Date(timeIntervalSince1970: 1_709_300_000 + Double(index))))
        }
    }

    /// Appends `count` receipts to the journal in one transaction, each as `recordStockChange`
    /// would write it (the same kind and payload encoding), for backlogs too large to record one
    /// commit at a time in a test. The journal is what sync reads; nothing else is touched.
    func backfillJournal(_ count: Int) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        var generator = SystemRandomNumberGenerator()
        try queue.write { db in
            var sequence = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM journal") ?? 0
            let statement = try db.makeStatement(sql: "INSERT INTO journal (id, station, sequence, actor, time, kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for index in 0..<count {
                sequence += 1
                let time = Date(timeIntervalSince1970: 1_709_400_000 + Double(index) / 100)
                let change = StockChange(kind: .receipt, itemCode: "PEN", quantity: 1, actorBadge: Self.clerk, station: id, time: time)
                let payload = String(decoding: try encoder.encode(change), as: UTF8.self)
                let uuid = UUIDv7.make(time: time, using: &generator).uuidString.lowercased()
                try statement.execute(arguments: [uuid, id, sequence, Self.clerk, Int64(time.timeIntervalSince1970 * 1000), JournalEventKind.stockReceived.rawValue, payload])
            }
        }
    }

    /// Every journal entry's id, in sequence order.
    func journalIDs() throws -> [String] {
        try database.syncEvents(after: 0, limit: .max).map(\.id)
    }

    /// Closes and opens the database again, as a restart of the station does.
    func reopen() throws {
        try database.close()
        database = try StationDatabase(path: path, stationID: id, journalEntryLimit: journalEntryLimit)
    }
}
