import Foundation
import QuartermasterCore
import Storage
import Testing

/// Recording a pickup: all of it in one transaction, or none of it.
@Suite("Pickup")
struct PickupTests {
    let fixture: StationFixture
    var database: StationDatabase { fixture.database }
    init() throws { fixture = try StationFixture() }

    // MARK: Recorded

    @Test func fullPickupUpdatesStockLinesStatusMovementsAndJournal() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))

        #expect(outcome.requisition.status == .pickedUp)
        #expect(outcome.requisition.lines.map(\.picked) == [8, 2])
        #expect(outcome.items["A4-70"]?.stock == 32)
        #expect(outcome.items["PEN"]?.stock == 3)
        #expect(outcome.replenishments == [ReplenishmentRequest(itemCode: "PEN", stock: 3, threshold: 4)])
        #expect(try database.requisition(number: "YPQ-2024-001") == outcome.requisition)
        #expect(try database.item(code: "A4-70")?.stock == 32)

        let pickups = try database.movements().filter { $0.kind == .pickup }
        #expect(pickups == [
            StockMovement(time: StationFixture.pickupTime, kind: .pickup, itemCode: "A4-70", quantity: -8, actorBadge: "K01",
                          station: "hq-1", requisitionNumber: "YPQ-2024-001", recipientBadge: "100231"),
            StockMovement(time: StationFixture.pickupTime, kind: .pickup, itemCode: "PEN", quantity: -2, actorBadge: "K01",
                          station: "hq-1", requisitionNumber: "YPQ-2024-001", recipientBadge: "100231"),
        ])

        let journal = try database.journal()
        #expect(journal.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(journal.map(\.kind) == [.peopleImported, .itemsImported, .requisitionsImported, .pickupConfirmed, .replenishmentRequested])
        #expect(Set(journal.map(\.id)).count == journal.count)
        for entry in journal {
            #expect(entry.station == "hq-1")
            #expect(entry.id.uuid.6 >> 4 == 7, "UUID version 7")
            #expect(entry.id.uuid.8 >> 6 == 0b10, "RFC 9562 variant")
            #expect(UUIDv7.milliseconds(of: entry.id) == UInt64(entry.time.timeIntervalSince1970 * 1000))
        }
        let pickup = try #require(journal.first { $0.kind == .pickupConfirmed })
        #expect(pickup.actorBadge == "K01")
        #expect(pickup.time == StationFixture.pickupTime)
        // The commit, and the requisition as it left it: the slip's record.
        #expect(pickup.payload == #"{"acceptedByKeeper":false,"keeperBadge":"K01","lines":[{"approved":8,"itemCode":"A4-70","picked":8},{"approved":2,"itemCode":"PEN","picked":2}],"picks":[{"itemCode":"A4-70","quantity":8},{"itemCode":"PEN","quantity":2}],"recipientBadge":"100231","requisitionNumber":"YPQ-2024-001","station":"hq-1","status":"picked_up","time":1709301600000}"#)
        #expect(journal.last?.payload == #"{"itemCode":"PEN","stock":3,"threshold":4}"#)
        #expect(try database.journal(after: 3).map(\.sequence) == [4, 5])
    }

    @Test func partialPickupLeavesABackorderAndTheRestCanFollow() throws {
        let first = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 5)]))
        #expect(first.requisition.status == .partlyPicked)
        #expect(first.requisition.lines.map(\.remaining) == [3, 2])
        #expect(try database.requisition(number: "YPQ-2024-001")?.status == .partlyPicked)

        let second = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 3), ("PEN", 2)]))
        #expect(second.requisition.status == .pickedUp)
        #expect(second.requisition.lines.map(\.remaining) == [0, 0])
        #expect(try database.item(code: "A4-70")?.stock == 32)
        #expect(try database.journal().filter { $0.kind == .pickupConfirmed }.map(\.sequence) == [4, 5])
    }

    @Test func replenishmentIsRequestedOnceWhenStockCrossesTheThreshold() throws {
        let first = try database.recordPickup(fixture.commit("YPQ-2024-001", [("PEN", 2)]))
        #expect(first.replenishments.map(\.itemCode) == ["PEN"])
        let second = try database.recordPickup(fixture.commit("YPQ-2024-004", [("PEN", 1)], recipient: "100232"))
        #expect(second.replenishments.isEmpty)
        #expect(second.items["PEN"]?.stock == 2)
        #expect(try database.journal().filter { $0.kind == .replenishmentRequested }.count == 1)
    }

    // MARK: Written in full

    /// A pickup and a reprint write their rows with plain prepared SQL, not GRDB's records:
    /// every column of every row they write is read back with `sqlite3`, as an admin sees it.
    @Test func everyRowAPickupAndAReprintWriteHoldsEveryColumn() throws {
        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 5), ("PEN", 2)]))
        let journal = try database.journal()
        let pickup = try #require(journal.first { $0.kind == .pickupConfirmed }).id.uuidString.lowercased()
        let slip = outcome.slipID.uuidString.lowercased()
        func rows(_ sql: String) throws -> [String] {
            let result = try SQLiteShell.run(sql, on: fixture.path)
            #expect(result.status == 0, "\(result.error)")
            return result.output.split(separator: "\n").map(String.init)
        }

        #expect(try rows("SELECT item_code, requested, approved, picked FROM requisition_line WHERE requisition_number = 'YPQ-2024-001' ORDER BY rowid;")
                == ["A4-70|10|8|5", "PEN|2|2|2"])
        #expect(try rows("SELECT code, name, spec, unit, category, stock, threshold, bin FROM item ORDER BY code;")
                == ["A4-70|A4 copy paper|70 g|pack|stationery|35|10|A-03-2", "PEN|Gel pen|0.5 mm black|box|stationery|3|4|A-01-1",
                    "TONER|Toner cartridge|HP 26A|piece|consumables|2|1|B-02-1"])
        #expect(try rows("SELECT number, applicant_badge, department, date, purpose, approver, status, quote(rejection_reason) FROM requisition WHERE number = 'YPQ-2024-001';")
                == ["YPQ-2024-001|100231|General Affairs|2024-03-01|department printing|Manager Li|partly_picked|NULL"])
        #expect(try rows("SELECT time, kind, item_code, quantity, actor_badge, station, requisition_number, recipient_badge, quote(note), journal_id FROM stock_movement WHERE kind = 'pickup' ORDER BY id;")
                == ["1709301600000|pickup|A4-70|-5|K01|hq-1|YPQ-2024-001|100231|NULL|\(pickup)",
                    "1709301600000|pickup|PEN|-2|K01|hq-1|YPQ-2024-001|100231|NULL|\(pickup)"])
        #expect(try rows("SELECT id, station, sequence, actor, time, kind, payload FROM journal WHERE sequence >= 4 ORDER BY sequence;")
                == journal.filter { $0.sequence >= 4 }.map {
                    "\($0.id.uuidString.lowercased())|hq-1|\($0.sequence)|K01|1709301600000|\($0.kind.rawValue)|\($0.payload)"
                })
        #expect(slip == pickup, "the pickup's event is its slip's record")
        #expect(try rows("SELECT id, quote(last_error), attempts FROM slip_owed;") == ["\(pickup)|NULL|0"])
        #expect(try rows("SELECT count(*) FROM slip;") == ["0"], "the pickup's slip is built once the screen has answered")

        let later = StationFixture.pickupTime.addingTimeInterval(60)
        let copy = try database.reprintSlip(requisition: "YPQ-2024-001", actorBadge: "C01", at: later).id.uuidString.lowercased()
        let reprint = try #require(try database.journal().last).id.uuidString.lowercased()
        #expect(try rows("SELECT id, requisition_number, journal_id, reprint_of, created, state, attempts, updated FROM slip WHERE reprint_of IS NOT NULL;")
                == ["\(copy)|YPQ-2024-001|\(reprint)|\(slip)|1709301660000|pending|0|1709301660000"])
        // The copy names the first print, which is kept as a slip row for it, still owed.
        #expect(try rows("SELECT id, requisition_number, journal_id, quote(reprint_of), created, state, quote(output), attempts, updated, json_extract(content, '$.recipientName') FROM slip WHERE reprint_of IS NULL;")
                == ["\(slip)|YPQ-2024-001|\(pickup)|NULL|1709301600000|pending|NULL|0|1709301600000|Zhang San"])
        #expect(try rows("SELECT count(*) FROM slip_owed;") == ["0"])
    }

    // MARK: Behind the screen

    /// The keeper waits for the pickup's commit, not for SQLite's periodic checkpoint: with the
    /// WAL past the 1,000 frames that start one, the pickup commits without copying the WAL
    /// into the database file, and the next write (the slip's) does it.
    @Test func aPickupLeavesTheWALCheckpointToTheNextWrite() throws {
        // Another program fills the WAL past SQLite's mark, with its own checkpoints off.
        let fill = try SQLiteShell.run(
            "PRAGMA wal_autocheckpoint = 0; CREATE TABLE scratch (b BLOB); INSERT INTO scratch VALUES (randomblob(5000000));",
            on: fixture.path)
        #expect(fill.status == 0, "\(fill.error)")
        func databaseFileSize() throws -> Int { try FileManager.default.attributesOfItem(atPath: fixture.path)[.size] as? Int ?? 0 }
        let before = try databaseFileSize()

        let outcome = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))
        #expect(try databaseFileSize() == before, "the pickup's commit ran the checkpoint")
        try database.markSlipProduced(id: outcome.slipID, output: "out/YPQ-2024-001.pdf", at: StationFixture.pickupTime)
        #expect(try databaseFileSize() > before + 4_000_000, "the write after the pickup did not run the checkpoint")
        #expect(try database.requisition(number: "YPQ-2024-001")?.status == .pickedUp)
    }

    /// The deferral is bounded: a WAL already ten times past the mark (nothing else wrote for
    /// that long) is checkpointed by the pickup's own commit, so it cannot grow without end.
    @Test func aPickupStillCheckpointsAWALTenTimesPastTheMark() throws {
        let fill = try SQLiteShell.run(
            "PRAGMA wal_autocheckpoint = 0; CREATE TABLE scratch (b BLOB); INSERT INTO scratch VALUES (randomblob(44000000));",
            on: fixture.path)
        #expect(fill.status == 0, "\(fill.error)")
        func databaseFileSize() throws -> Int { try FileManager.default.attributesOfItem(atPath: fixture.path)[.size] as? Int ?? 0 }
        let before = try databaseFileSize()

        _ = try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))
        #expect(try databaseFileSize() > before + 40_000_000, "a WAL ten times past the mark was left for later")
    }

    // MARK: Refused, and nothing written

    enum Refusal: String, CaseIterable, Sendable {
        case moreThanApproved, moreThanInStock, draftRequisition, alreadyPickedUp, itemNotOnRequisition, unknownRequisition
    }

    @Test(arguments: Refusal.allCases)
    func refusedPickupChangesNothing(_ refusal: Refusal) throws {
        if refusal == .alreadyPickedUp {
            _ = try database.recordPickup(fixture.commit("YPQ-2024-004", [("PEN", 1)]))
        }
        let commit = switch refusal {
        case .moreThanApproved: fixture.commit("YPQ-2024-001", [("PEN", 2), ("A4-70", 9)])
        case .moreThanInStock: fixture.commit("YPQ-2024-003", [("A4-70", 2), ("TONER", 5)])
        case .draftRequisition: fixture.commit("YPQ-2024-002", [("TONER", 1)])
        case .alreadyPickedUp: fixture.commit("YPQ-2024-004", [("PEN", 1)])
        case .itemNotOnRequisition: fixture.commit("YPQ-2024-001", [("A4-70", 1), ("TONER", 1)])
        case .unknownRequisition: fixture.commit("YPQ-1999-999", [("A4-70", 1)])
        }
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) { try database.recordPickup(commit) }
        #expect(problem?.kind == .conflict)
        #expect(problem?.message.isEmpty == false)
        #expect(problem?.advice.isEmpty == false)
        #expect(try fixture.snapshot() == before)
    }

    @Test func overStockMessageSaysWhatTheBooksHold() throws {
        let problem = #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-003", [("TONER", 5)]))
        }
        #expect(problem?.message == "The books show only 2 of item TONER (Toner cartridge) in stock, not 5.")
    }

    @Test(arguments: [[("A4-70", 0)], [("A4-70", -1)], [], [("A4-70", 1), ("A4-70", 1)]])
    func malformedPicksAreInvalidInput(picks: [(String, Int)]) throws {
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-001", picks))
        }
        #expect(problem?.kind == .invalidInput)
        #expect(try fixture.snapshot() == before)
    }

    // MARK: Rolled back

    /// Each row a pickup updates must change exactly once. A trigger added by hand that skips
    /// the update (`RAISE(IGNORE)`) leaves the pickup unrecorded as a whole, slip included,
    /// instead of half-recorded.
    @Test(arguments: ["requisition_line", "item", "requisition"])
    func anUpdateThatChangesNoRowRollsThePickupBack(table: String) throws {
        let trigger = try SQLiteShell.run("CREATE TRIGGER hand_made BEFORE UPDATE ON \(table) BEGIN SELECT RAISE(IGNORE); END;", on: fixture.path)
        #expect(trigger.status == 0, "\(trigger.error)")
        let before = try fixture.snapshot()
        let problem = #expect(throws: StationProblem.self) {
            try database.recordPickup(fixture.commit("YPQ-2024-001", [("A4-70", 8), ("PEN", 2)]))
        }
        #expect(problem?.kind == .system)
        #expect(problem?.message.contains("instead of one; nothing was recorded") == true, "\(String(describing: problem))")
        #expect(try fixture.snapshot() == before)
        #expect(try database.pendingSlips().isEmpty)
    }
}
