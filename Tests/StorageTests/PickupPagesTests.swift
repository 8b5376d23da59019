import Foundation
import QuartermasterCore
import Storage
import Testing

/// `v6-pickup-pages` and `v9-pickup-lean`: a pickup's commit writes as few pages as the
/// indexes the station's queries need allow, and the journal keeps every promise it made with
/// the indexes it had.
@Suite("Pickup pages")
struct PickupPagesTests {
    /// Frames in the WAL (`mxFrame`, offset 16 of the `-shm` WAL index): each frame is one page
    /// a commit wrote and synced.
    static func walFrames(_ path: String) throws -> UInt32 {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path + "-shm"))
        defer { try? handle.close() }
        try handle.seek(toOffset: 16)
        let bytes = try #require(try handle.read(upToCount: 4))
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
    }

    /// The pages of a two-item pickup, counted: a requisition line page, an item page, the
    /// requisition, a movement page and its one index, the journal and its two, and the slip
    /// owed (`slip_owed`, one page). Before `v9-pickup-lean` it was 12 (the slip's row with its
    /// content, and its three indexes), before `v6-pickup-pages` 14.
    @Test func aPickupWritesNinePages() throws {
        let fixture = try StationFixture()
        let before = try Self.walFrames(fixture.path)
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))
        let after = try Self.walFrames(fixture.path)
        #expect(after > before, "the WAL restarted: the count would be wrong")
        #expect(after - before <= 9, "a pickup wrote \(after - before) pages")
    }

    /// Reading by sequence (the next number on every write, and `journal(after:)` for sync)
    /// still runs on an index, not a scan of the whole journal.
    @Test(arguments: ["SELECT MAX(sequence) FROM journal", "SELECT * FROM journal WHERE sequence > 5 ORDER BY sequence, rowid"])
    func readsBySequenceUseAnIndex(query: String) throws {
        let fixture = try StationFixture()
        let plan = try SQLiteShell.run("EXPLAIN QUERY PLAN \(query);", on: fixture.path)
        #expect(plan.status == 0, "\(plan.error)")
        #expect(plan.output.contains("sqlite_autoindex_journal_2"), "\(plan.output)")
        #expect(!plan.output.contains("SCAN journal\n"), "\(plan.output)")
    }

    /// A field station's journal is rebuilt with every entry, rowid and rule it had: entries
    /// of two stations with the same number (before `v3-station-identity`) stay, a third with
    /// a taken (station, sequence) is refused, and entries can still be neither changed nor
    /// deleted.
    @Test func theRebuiltJournalKeepsEveryEntryAndRule() throws {
        let older = """
            INSERT INTO journal VALUES ('018d0000-0000-7000-8000-000000000009', 'EARLIER-ST', 1, 'admin', 1709000000000, 'items.imported', '{"名":"张伟"}');
            """
        let (folder, path) = try UpgradeTests().v2Database(older)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = "SELECT rowid, id, station, sequence, actor, time, kind, payload FROM journal ORDER BY rowid;"
        let original = try SQLiteShell.run(rows, on: path).output
        let database = try StationDatabase(path: path, stationID: "OLD-ST")
        #expect(try database.appliedMigrations().contains("v6-pickup-pages"))
        try database.close()
        #expect(try SQLiteShell.run(rows, on: path).output == original)
        #expect(original.split(separator: "\n").count == 2)

        let database2 = try StationDatabase(path: path, stationID: "OLD-ST")
        #expect(try database2.journal().map(\.sequence) == [1, 1])
        let pickup = try database2.recordPickup(PickupCommit(
            requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "X-1", quantity: 2)], keeperBadge: "100231",
            recipientBadge: "100231", acceptedByKeeper: false, station: "OLD-ST", time: Date(timeIntervalSince1970: 1_709_301_600)))
        #expect(pickup.items["X-1"]?.stock == 38)
        #expect(try database2.journal(after: 1).map(\.sequence) == [2])
        try database2.close()

        let duplicate = try SQLiteShell.run(
            "INSERT INTO journal VALUES ('018e0000-0000-7000-8000-0000000000ff', 'OLD-ST', 2, 'admin', 1709251200000, 'x', '{}');", on: path)
        #expect(duplicate.status != 0)
        #expect(duplicate.error.contains("UNIQUE constraint failed: journal.sequence, journal.station"), "\(duplicate.error)")
        let change = try SQLiteShell.run("UPDATE journal SET actor = 'x';", on: path)
        #expect(change.error.contains("the journal is append-only: its entries cannot be changed"), "\(change.error)")
        let delete = try SQLiteShell.run("DELETE FROM journal;", on: path)
        #expect(delete.error.contains("the journal is append-only: its entries cannot be deleted"), "\(delete.error)")
        let check = try SQLiteShell.run("PRAGMA foreign_key_check; PRAGMA integrity_check;", on: path)
        #expect(check.output == "ok\n", "\(check.output)")
    }
}
