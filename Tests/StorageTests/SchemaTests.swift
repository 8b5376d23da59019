import Foundation
import QuartermasterCore
import Storage
import Testing

/// Constraints live in the schema, so even a hand-run `sqlite3` cannot break the books.
@Suite("Schema")
struct SchemaTests {
    let fixture: StationFixture
    init() throws { fixture = try StationFixture() }

    @Test func opensInNewFoldersMigratedAndInWALMode() throws {
        #expect(FileManager.default.fileExists(atPath: fixture.path))
        #expect(try fixture.database.appliedMigrations() == StationDatabase.knownMigrations)
        #expect(StationDatabase.knownMigrations.starts(with: ["v1", "v2-print-queue"]))
        try fixture.database.migrate()  // a second run is a no-op
        #expect(try SQLiteShell.run("PRAGMA journal_mode;", on: fixture.path).output == "wal\n")
    }

    @Test func schemaRefusesNegativeStock() throws {
        let result = try SQLiteShell.run("UPDATE item SET stock = -1 WHERE code = 'A4-70';", on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("CHECK constraint failed"))
        #expect(try fixture.database.item(code: "A4-70")?.stock == 40)
    }

    @Test func schemaRefusesPickingMoreThanApproved() throws {
        let result = try SQLiteShell.run(
            "UPDATE requisition_line SET picked = 9 WHERE requisition_number = 'YPQ-2024-001' AND item_code = 'A4-70';", on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("CHECK constraint failed"))
    }

    @Test(arguments: [
        "UPDATE journal SET actor = 'someone else';",
        "DELETE FROM journal;",
        "UPDATE stock_movement SET quantity = 1000;",
        "DELETE FROM stock_movement;",
    ])
    func journalAndMovementsAreAppendOnly(sql: String) throws {
        let before = try fixture.snapshot()
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains("cannot be"))
        #expect(try fixture.snapshot() == before)
    }

    @Test func reopeningKeepsEverything() throws {
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8)]))
        let before = try fixture.snapshot()
        try fixture.reopen()
        #expect(try fixture.snapshot() == before)
        #expect(try fixture.database.appliedMigrations() == StationDatabase.knownMigrations)
        _ = try fixture.database.recordPickup(fixture.commit("YPQ-2024-001", [("PEN", 2)]))
        #expect(try fixture.database.journal().map(\.sequence) == Array(1...6))
    }

    @Test func closedDatabaseSaysSo() throws {
        try fixture.database.close()
        #expect(throws: StationProblem.self) { try fixture.database.items() }
    }

    @Test func fileThatIsNotADatabaseIsReportedForTheAdmin() throws {
        let path = fixture.directory.appendingPathComponent("not-a-database.sqlite").path
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        let problem = #expect(throws: StationProblem.self) { try StationDatabase(path: path, stationID: "hq-1") }
        #expect(problem?.kind == .system)
        #expect(problem?.message.contains("is damaged or is not a Quartermaster database") == true)
    }

    @Test func folderThatCannotBeCreatedIsReportedForTheAdmin() throws {
        let blocker = fixture.directory.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let problem = #expect(throws: StationProblem.self) {
            try StationDatabase(path: blocker.appendingPathComponent("station.sqlite").path, stationID: "hq-1")
        }
        #expect(problem?.kind == .system)
        #expect(problem?.advice.contains("administrator") == true)
    }
}
