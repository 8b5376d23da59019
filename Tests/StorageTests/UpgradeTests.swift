import Foundation
import QuartermasterCore
import Storage
import Testing

/// A station in the field has a database that `v1` and `v2-print-queue` set up, with data in
/// it: the new migrations must bring it forward with everything kept.
@Suite("Upgrade")
struct UpgradeTests {
    /// The schema exactly as migrations `v1` and `v2-print-queue` create it (they never change),
    /// and GRDB's record of having run them.
    static let v2Schema = #"""
        CREATE TABLE person (
            badge      TEXT NOT NULL PRIMARY KEY CHECK (badge <> ''),
            name       TEXT NOT NULL CHECK (name <> ''),
            department TEXT NOT NULL,
            roles      TEXT NOT NULL,  -- role names joined by ';', e.g. 'employee;keeper'
            active     INTEGER NOT NULL CHECK (active IN (0, 1))
        ) STRICT;

        CREATE TABLE item (
            code      TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
            name      TEXT NOT NULL CHECK (name <> ''),
            spec      TEXT NOT NULL,
            unit      TEXT NOT NULL,
            category  TEXT NOT NULL CHECK (category IN ('stationery', 'consumables', 'equipment')),
            stock     INTEGER NOT NULL CHECK (stock >= 0),
            threshold INTEGER NOT NULL CHECK (threshold >= 0),
            bin       TEXT NOT NULL
        ) STRICT;

        CREATE TABLE item_barcode (
            barcode   TEXT NOT NULL PRIMARY KEY CHECK (barcode <> ''),
            item_code TEXT NOT NULL REFERENCES item(code)
        ) STRICT;
        CREATE INDEX item_barcode_item ON item_barcode(item_code);

        CREATE TABLE requisition (
            number           TEXT NOT NULL PRIMARY KEY CHECK (number <> ''),
            applicant_badge  TEXT NOT NULL REFERENCES person(badge),
            department       TEXT NOT NULL,
            date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            purpose          TEXT NOT NULL,
            approver         TEXT NOT NULL,
            status           TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'rejected', 'partly_picked', 'picked_up', 'cancelled')),
            rejection_reason TEXT
        ) STRICT;

        CREATE TABLE requisition_line (
            requisition_number TEXT NOT NULL REFERENCES requisition(number) ON DELETE CASCADE,
            item_code          TEXT NOT NULL REFERENCES item(code),
            requested          INTEGER NOT NULL CHECK (requested >= 0),
            approved           INTEGER NOT NULL CHECK (approved >= 0 AND approved <= requested),
            picked             INTEGER NOT NULL DEFAULT 0 CHECK (0 <= picked AND picked <= approved),
            PRIMARY KEY (requisition_number, item_code)
        ) STRICT;
        CREATE INDEX requisition_line_item ON requisition_line(item_code);

        CREATE TABLE journal (
            id       TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36),  -- UUIDv7, lowercase
            station  TEXT NOT NULL CHECK (station <> ''),
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            actor    TEXT NOT NULL,
            time     INTEGER NOT NULL,  -- milliseconds since 1970 UTC
            kind     TEXT NOT NULL CHECK (kind <> ''),
            payload  TEXT NOT NULL CHECK (json_valid(payload)),
            UNIQUE (station, sequence)
        ) STRICT;

        -- The journal is what the centre syncs from: what was recorded stays recorded.
        CREATE TRIGGER journal_is_append_only_update BEFORE UPDATE ON journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be changed'); END;
        CREATE TRIGGER journal_is_append_only_delete BEFORE DELETE ON journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only: its entries cannot be deleted'); END;

        CREATE TABLE stock_movement (
            id                 INTEGER PRIMARY KEY,
            time               INTEGER NOT NULL,  -- milliseconds since 1970 UTC
            kind               TEXT NOT NULL CHECK (kind IN ('pickup', 'receipt', 'return', 'adjustment')),
            item_code          TEXT NOT NULL REFERENCES item(code),
            quantity           INTEGER NOT NULL CHECK (quantity <> 0),
            actor_badge        TEXT NOT NULL,
            station            TEXT NOT NULL,
            requisition_number TEXT REFERENCES requisition(number),
            recipient_badge    TEXT,
            note               TEXT,
            journal_id         TEXT NOT NULL REFERENCES journal(id),
            CHECK (kind <> 'pickup' OR (quantity < 0 AND requisition_number IS NOT NULL)),
            CHECK (kind NOT IN ('receipt', 'return') OR quantity > 0)
        ) STRICT;
        CREATE INDEX stock_movement_item ON stock_movement(item_code, time);
        CREATE INDEX stock_movement_requisition ON stock_movement(requisition_number);

        -- Movements are the stock ledger: a wrong one is corrected by a new adjustment.
        CREATE TRIGGER stock_movement_is_append_only_update BEFORE UPDATE ON stock_movement
        BEGIN SELECT RAISE(ABORT, 'stock movements cannot be changed: record an adjustment instead'); END;
        CREATE TRIGGER stock_movement_is_append_only_delete BEFORE DELETE ON stock_movement
        BEGIN SELECT RAISE(ABORT, 'stock movements cannot be deleted: record an adjustment instead'); END;
        CREATE TABLE print_job (
            id          TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36 AND id = lower(id)),
            created     INTEGER NOT NULL,  -- milliseconds since 1970 UTC
            queue       TEXT NOT NULL CHECK (queue <> ''),
            format      TEXT NOT NULL CHECK (format GLOB '?*/?*'),  -- MIME type
            title       TEXT NOT NULL,
            options     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options) AND json_type(options) = 'object'),
            payload     BLOB CHECK (payload IS NULL OR length(payload) > 0),
            size        INTEGER NOT NULL CHECK (size > 0),  -- bytes, kept after the payload is dropped
            state       TEXT NOT NULL CHECK (state IN ('pending', 'submitted', 'completed', 'failed', 'cancelled')),
            cups_job_id INTEGER CHECK (cups_job_id IS NULL OR cups_job_id > 0),
            attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_error  TEXT,
            not_before  INTEGER NOT NULL,  -- earliest next attempt (retry backoff)
            updated     INTEGER NOT NULL,
            CHECK (updated >= created),
            CHECK (payload IS NOT NULL OR state IN ('completed', 'cancelled')),
            CHECK (state <> 'pending' OR cups_job_id IS NULL),
            CHECK (state <> 'completed' OR cups_job_id IS NOT NULL),
            CHECK (state <> 'failed' OR last_error IS NOT NULL)
        ) STRICT;
        CREATE INDEX print_job_backlog ON print_job(state, created) WHERE state IN ('pending', 'submitted');
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES ('v1'), ('v2-print-queue');
        """#

    /// Data such a station holds, including what v2 allowed and v3 does not: a badge that is
    /// also an item's code.
    static let v2Data = """
        INSERT INTO person VALUES ('100231', 'Wang', 'Storeroom', 'keeper', 1), ('X-1', 'Odd', '', 'employee', 1);
        INSERT INTO item VALUES ('X-1', 'Paper', '', 'pack', 'stationery', 40, 5, 'A-01');
        INSERT INTO item_barcode VALUES ('6901234000016', 'X-1'), ('X-1', 'X-1');
        INSERT INTO requisition VALUES ('YPQ-2024-001', '100231', 'Storeroom', '2024-03-01', 'printing', 'Li', 'approved', NULL);
        INSERT INTO requisition_line VALUES ('YPQ-2024-001', 'X-1', 5, 5, 0);
        INSERT INTO journal VALUES ('018e0000-0000-7000-8000-000000000001', 'OLD-ST', 1, 'admin', 1709251200000, 'items.imported', '{}');
        INSERT INTO stock_movement VALUES (1, 1709251200000, 'adjustment', 'X-1', 40, 'admin', 'OLD-ST', NULL, NULL, 'initial stock', '018e0000-0000-7000-8000-000000000001');
        """

    func v2Database(_ extra: String = "") throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qm-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("station.sqlite").path
        let result = try SQLiteShell.run("PRAGMA journal_mode = WAL;\n" + Self.v2Schema + "\n" + Self.v2Data + "\n" + extra, on: path)
        #expect(result.status == 0, "\(result.error)")
        return (folder, path)
    }

    @Test func aV2DatabaseIsBroughtForwardWithEverythingKept() throws {
        let (folder, path) = try v2Database()
        defer { try? FileManager.default.removeItem(at: folder) }
        // It takes the id of its journal, and refuses another.
        #expect(throws: StationProblem.self) { try StationDatabase(path: path, stationID: "NEW-ST") }
        let database = try StationDatabase(path: path, stationID: "OLD-ST")
        #expect(try database.appliedMigrations() == StationDatabase.knownMigrations)
        let item = try #require(try database.item(code: "X-1"))
        #expect(item.category == "stationery")
        #expect(item.barcodes == ["6901234000016", "X-1"])
        #expect(item.stock == 40)
        #expect(try database.movements().count == 1)
        #expect(try database.requisition(number: "YPQ-2024-001")?.lines.first?.approved == 5)
        // The code both had keeps its first owner, the badge; the barcode still finds the item.
        #expect(try database.code("X-1") == .badge(try #require(try database.person(badge: "X-1"))))
        #expect(try database.code("6901234000016") == .item(item))
        // And the new rules hold from now on.
        #expect(try database.synchronousLevel() == 2)
        let pickup = try database.recordPickup(PickupCommit(
            requisitionNumber: "YPQ-2024-001", picks: [.init(itemCode: "X-1", quantity: 2)], keeperBadge: "100231",
            recipientBadge: "100231", acceptedByKeeper: false, station: "OLD-ST", time: Date(timeIntervalSince1970: 1_709_301_600)))
        #expect(pickup.items["X-1"]?.stock == 38)
        #expect(try database.journal().map(\.sequence) == [1, 2])
        try database.close()
        #expect(try SQLiteShell.run("UPDATE item SET stock = 1000001;", on: path).status != 0)
    }

    @Test func aV2DatabaseWithStockAboveTheBoundSaysWhatToCorrect() throws {
        let (folder, path) = try v2Database("UPDATE item SET stock = 9223372036854775807;")
        defer { try? FileManager.default.removeItem(at: folder) }
        let problem = #expect(throws: StationProblem.self) { try StationDatabase(path: path, stationID: "OLD-ST") }
        #expect(problem?.message.contains("X-1 (stock 9223372036854775807, threshold 5)") == true, "\(String(describing: problem))")
        #expect(problem?.advice.contains("stock adjust") == true)
        // Nothing half-done: still the v2 schema, data as it was.
        #expect(try SQLiteShell.run("SELECT group_concat(identifier) FROM grdb_migrations;", on: path).output == "v1,v2-print-queue\n")
    }
}
