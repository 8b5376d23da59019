internal import GRDB
public import QuartermasterCore

/// The schema, as a list of migrations applied in order.
///
/// A migration that has shipped is NEVER edited: stations in the field have already run it,
/// and editing it would give them a different schema from new stations. Change the schema by
/// appending a new migration (`v2`, …). SQLite cannot alter a CHECK constraint in place, so a
/// new category, status or movement kind means a `v2` that rebuilds the table.
extension StationDatabase {
    // MARK: Public

    /// Applies the migrations this program knows and the database has not had yet. Refuses a
    /// database written by a newer program, whose schema this one does not understand.
    public func migrate() throws(StationProblem) {
        try Self.migrate(pool, path: path)
    }

    static func migrate(_ pool: DatabasePool, path: String) throws(StationProblem) {
        let migrator = Self.migrator
        let superseded: Bool
        do { superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) } } catch { throw StationProblem(databaseError: error, path: path) }
        guard !superseded else {
            throw StationProblem(
                .system, "The station database at \(path) was set up by a newer version of Quartermaster.",
                advice: "Install the newer version on this station, or tell the administrator.")
        }
        do {
            // Each migration commits on its own: a figure that stops `v3-categories-and-bounds`
            // is found before any v3 migration runs, so the previous version can still open
            // the file to correct it.
            try pool.read { db in
                let applied = try migrator.appliedMigrations(db)
                if applied.contains("v1"), !applied.contains("v3-categories-and-bounds") {
                    try Self.checkFiguresWithinBounds(db)
                }
            }
            try migrator.migrate(pool)
        } catch {
            throw StationProblem(databaseError: error, path: path)
        }
    }

    /// The migrations applied to this database, in order (`["v1"]`).
    public func appliedMigrations() throws(StationProblem) -> [String] {
        try read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Every migration this program knows, in order.
    public static var knownMigrations: [String] { migrator.migrations }

    // MARK: The migrations

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-print-queue", migrate: v2PrintQueue)
        migrator.registerMigration("v3-codes", migrate: v3Codes)
        migrator.registerMigration("v3-categories-and-bounds", migrate: v3CategoriesAndBounds)
        migrator.registerMigration("v3-station-identity", migrate: v3StationIdentity)
        migrator.registerMigration("v3-print-claims", migrate: v3PrintClaims)
        migrator.registerMigration("v3-slips", migrate: v3Slips)
        migrator.registerMigration("v4-assets", migrate: v4Assets)
        migrator.registerMigration("v5-visits", migrate: v5Visits)
        migrator.registerMigration("v6-pickup-pages", migrate: v6PickupPages)
        migrator.registerMigration("v6-sync", migrate: v6Sync)
        migrator.registerMigration("v7-open-work", migrate: v7OpenWork)
        migrator.registerMigration("v8-reference", migrate: v8Reference)
        migrator.registerMigration("v9-pickup-lean", migrate: v9PickupLean)
        return migrator
    }

    /// The first schema. Constraints live here, not only in Swift, so that no program (not a
    /// bug, not a hand-run `sqlite3` "fix") can record negative stock or rewrite the journal.
    /// Tables are STRICT so a quantity can never be stored as text.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
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
            """)
    }

    /// The station's durable print queue: a slip or label batch is kept here, bytes and all,
    /// until CUPS says it printed, so an offline printer or a restart loses and repeats nothing.
    ///
    /// `submitted` with a NULL `cups_job_id` marks a submission in flight: a station that died
    /// there looks the job up by its CUPS job name (which carries `id`) before sending again.
    /// Printed and cancelled jobs drop their bytes; failed ones keep them for a reprint.
    private static func v2PrintQueue(_ db: Database) throws {
        try db.execute(sql: """
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
            """)
    }

    /// One table of every code the station knows, whatever it names (a badge, an item code, an
    /// item barcode, a requisition number; later asset tags and locations), so that a scan is
    /// recognised by what it is here, whatever its shape, and one code can never mean two
    /// things. Triggers keep it in step with the tables that own the codes, in the same
    /// statement, so neither an import nor a hand-run `sqlite3` can give a badge the number of
    /// an item barcode.
    ///
    /// An item may list its own code among its barcodes (shelf labels print the code): that
    /// barcode is the item's code entry, not a second one. Codes a station already had twice
    /// (allowed before this migration) keep their first owner in the order badges,
    /// requisitions, items, barcodes; importing the other owner again is then refused at its
    /// line, which says which.
    private static func v3Codes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE code (
                code  TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
                kind  TEXT NOT NULL CHECK (kind IN ('badge', 'item', 'item_barcode', 'requisition')),
                owner TEXT NOT NULL  -- the badge, item code or requisition number it stands for
            ) STRICT;
            CREATE INDEX code_owner ON code(kind, owner);

            INSERT OR IGNORE INTO code (code, kind, owner) SELECT badge, 'badge', badge FROM person;
            INSERT OR IGNORE INTO code (code, kind, owner) SELECT number, 'requisition', number FROM requisition;
            INSERT OR IGNORE INTO code (code, kind, owner) SELECT code, 'item', code FROM item;
            INSERT OR IGNORE INTO code (code, kind, owner) SELECT barcode, 'item_barcode', item_code FROM item_barcode WHERE barcode <> item_code;

            CREATE TRIGGER code_person_insert AFTER INSERT ON person
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.badge, 'badge', NEW.badge); END;
            CREATE TRIGGER code_person_badge AFTER UPDATE OF badge ON person WHEN NEW.badge <> OLD.badge
            BEGIN
                DELETE FROM code WHERE code = OLD.badge AND kind = 'badge';
                INSERT INTO code (code, kind, owner) VALUES (NEW.badge, 'badge', NEW.badge);
            END;
            CREATE TRIGGER code_person_delete AFTER DELETE ON person
            BEGIN DELETE FROM code WHERE code = OLD.badge AND kind = 'badge'; END;

            CREATE TRIGGER code_requisition_insert AFTER INSERT ON requisition
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.number, 'requisition', NEW.number); END;
            CREATE TRIGGER code_requisition_number AFTER UPDATE OF number ON requisition WHEN NEW.number <> OLD.number
            BEGIN
                DELETE FROM code WHERE code = OLD.number AND kind = 'requisition';
                INSERT INTO code (code, kind, owner) VALUES (NEW.number, 'requisition', NEW.number);
            END;
            CREATE TRIGGER code_requisition_delete AFTER DELETE ON requisition
            BEGIN DELETE FROM code WHERE code = OLD.number AND kind = 'requisition'; END;

            CREATE TRIGGER code_item_insert AFTER INSERT ON item
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'item', NEW.code); END;
            CREATE TRIGGER code_item_code AFTER UPDATE OF code ON item WHEN NEW.code <> OLD.code
            BEGIN
                DELETE FROM code WHERE code = OLD.code AND kind = 'item';
                INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'item', NEW.code);
            END;
            CREATE TRIGGER code_item_delete AFTER DELETE ON item
            BEGIN DELETE FROM code WHERE code = OLD.code AND kind = 'item'; END;

            CREATE TRIGGER code_item_barcode_insert AFTER INSERT ON item_barcode WHEN NEW.barcode <> NEW.item_code
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.barcode, 'item_barcode', NEW.item_code); END;
            CREATE TRIGGER code_item_barcode_update AFTER UPDATE ON item_barcode
            BEGIN
                DELETE FROM code WHERE code = OLD.barcode AND kind = 'item_barcode' AND owner = OLD.item_code;
                INSERT INTO code (code, kind, owner) SELECT NEW.barcode, 'item_barcode', NEW.item_code WHERE NEW.barcode <> NEW.item_code;
            END;
            CREATE TRIGGER code_item_barcode_delete AFTER DELETE ON item_barcode
            BEGIN DELETE FROM code WHERE code = OLD.barcode AND kind = 'item_barcode' AND owner = OLD.item_code; END;
            """)
    }

    /// Categories become the office's own words (v1 allowed only three English ones), and every
    /// quantity and stock is bounded by `QuantityLimit.maximum`, so no value the schema holds
    /// can overflow the arithmetic on it. SQLite cannot change a CHECK in place: the three
    /// tables are rebuilt (GRDB runs migrations with foreign keys off and checks them after).
    /// A station whose books already hold a larger figure cannot be upgraded until it is
    /// corrected; the migration says which item and how.
    private static func v3CategoriesAndBounds(_ db: Database) throws {
        let limit = QuantityLimit.maximum
        try checkFiguresWithinBounds(db)
        let movementsAbove = try Int.fetchOne(db, sql: "SELECT count(*) FROM stock_movement WHERE abs(quantity) > ?", arguments: [limit]) ?? 0
        try db.execute(sql: """
            CREATE TABLE new_item (
                code      TEXT NOT NULL PRIMARY KEY CHECK (code <> ''),
                name      TEXT NOT NULL CHECK (name <> ''),
                spec      TEXT NOT NULL,
                unit      TEXT NOT NULL,
                category  TEXT NOT NULL CHECK (category <> ''),  -- the office's own word, as written
                stock     INTEGER NOT NULL CHECK (stock BETWEEN 0 AND \(limit)),
                threshold INTEGER NOT NULL CHECK (threshold BETWEEN 0 AND \(limit)),
                bin       TEXT NOT NULL
            ) STRICT;
            INSERT INTO new_item SELECT code, name, spec, unit, category, stock, threshold, bin FROM item;
            DROP TABLE item;
            ALTER TABLE new_item RENAME TO item;
            CREATE TRIGGER code_item_insert AFTER INSERT ON item
            BEGIN INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'item', NEW.code); END;
            CREATE TRIGGER code_item_code AFTER UPDATE OF code ON item WHEN NEW.code <> OLD.code
            BEGIN
                DELETE FROM code WHERE code = OLD.code AND kind = 'item';
                INSERT INTO code (code, kind, owner) VALUES (NEW.code, 'item', NEW.code);
            END;
            CREATE TRIGGER code_item_delete AFTER DELETE ON item
            BEGIN DELETE FROM code WHERE code = OLD.code AND kind = 'item'; END;

            CREATE TABLE new_requisition_line (
                requisition_number TEXT NOT NULL REFERENCES requisition(number) ON DELETE CASCADE,
                item_code          TEXT NOT NULL REFERENCES item(code),
                requested          INTEGER NOT NULL CHECK (requested BETWEEN 0 AND \(limit)),
                approved           INTEGER NOT NULL CHECK (approved >= 0 AND approved <= requested),
                picked             INTEGER NOT NULL DEFAULT 0 CHECK (0 <= picked AND picked <= approved),
                PRIMARY KEY (requisition_number, item_code)
            ) STRICT;
            INSERT INTO new_requisition_line (rowid, requisition_number, item_code, requested, approved, picked)
                SELECT rowid, requisition_number, item_code, requested, approved, picked FROM requisition_line;
            DROP TABLE requisition_line;
            ALTER TABLE new_requisition_line RENAME TO requisition_line;
            CREATE INDEX requisition_line_item ON requisition_line(item_code);
            """)
        // Movements are append-only: one recorded above the bound stays as it was recorded
        // (the bound then applies to new ones only, through a trigger instead of the CHECK).
        if movementsAbove == 0 {
            try db.execute(sql: """
                DROP TRIGGER stock_movement_is_append_only_update;
                DROP TRIGGER stock_movement_is_append_only_delete;
                CREATE TABLE new_stock_movement (
                    id                 INTEGER PRIMARY KEY,
                    time               INTEGER NOT NULL,  -- milliseconds since 1970 UTC
                    kind               TEXT NOT NULL CHECK (kind IN ('pickup', 'receipt', 'return', 'adjustment')),
                    item_code          TEXT NOT NULL REFERENCES item(code),
                    quantity           INTEGER NOT NULL CHECK (quantity <> 0 AND quantity BETWEEN -\(limit) AND \(limit)),
                    actor_badge        TEXT NOT NULL,
                    station            TEXT NOT NULL,
                    requisition_number TEXT REFERENCES requisition(number),
                    recipient_badge    TEXT,
                    note               TEXT,
                    journal_id         TEXT NOT NULL REFERENCES journal(id),
                    CHECK (kind <> 'pickup' OR (quantity < 0 AND requisition_number IS NOT NULL)),
                    CHECK (kind NOT IN ('receipt', 'return') OR quantity > 0)
                ) STRICT;
                INSERT INTO new_stock_movement SELECT id, time, kind, item_code, quantity, actor_badge, station,
                    requisition_number, recipient_badge, note, journal_id FROM stock_movement;
                DROP TABLE stock_movement;
                ALTER TABLE new_stock_movement RENAME TO stock_movement;
                CREATE INDEX stock_movement_item ON stock_movement(item_code, time);
                CREATE INDEX stock_movement_requisition ON stock_movement(requisition_number);
                CREATE TRIGGER stock_movement_is_append_only_update BEFORE UPDATE ON stock_movement
                BEGIN SELECT RAISE(ABORT, 'stock movements cannot be changed: record an adjustment instead'); END;
                CREATE TRIGGER stock_movement_is_append_only_delete BEFORE DELETE ON stock_movement
                BEGIN SELECT RAISE(ABORT, 'stock movements cannot be deleted: record an adjustment instead'); END;
                """)
        } else {
            try db.execute(sql: """
                CREATE TRIGGER stock_movement_quantity_bound BEFORE INSERT ON stock_movement
                WHEN NEW.quantity NOT BETWEEN -\(limit) AND \(limit)
                BEGIN SELECT RAISE(ABORT, 'a stock movement is at most \(limit) units'); END;
                """)
        }
    }

    /// Refuses to go on when the books hold a figure above `QuantityLimit.maximum` (an
    /// earlier version imported any number), naming each so the admin can correct it.
    private static func checkFiguresWithinBounds(_ db: Database) throws {
        let limit = QuantityLimit.maximum
        let oversized = try String.fetchAll(db, sql: """
            SELECT code || ' (stock ' || stock || ', threshold ' || threshold || ')' FROM item WHERE stock > ? OR threshold > ?
            UNION ALL
            SELECT requisition_number || ' line ' || item_code FROM requisition_line WHERE requested > ?
            """, arguments: [limit, limit, limit])
        guard oversized.isEmpty else {
            throw StationProblem(
                .system, "The station's books hold figures above \(limit), the most this version accepts: \(oversized.joined(separator: ", ")).",
                advice: "With the previous version, correct them (`quartermaster stock adjust ITEM --to N --reason …`, or import the item list or requisitions with the right figures), then start this version again.")
        }
    }

    /// The station's id, stored once: the journal's sequence counts per station, so a run
    /// under another id would start a second, unrelated history in the same file. The row is
    /// written when the database is created (`StationDatabase.init`); a database older than
    /// this migration takes the id of its latest journal entry, the station it last was.
    private static func v3StationIdentity(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE station (
                singleton INTEGER NOT NULL PRIMARY KEY DEFAULT 1 CHECK (singleton = 1),
                id        TEXT NOT NULL CHECK (id <> '')
            ) STRICT;
            INSERT INTO station (id) SELECT station FROM journal ORDER BY time DESC, rowid DESC LIMIT 1;
            -- The sequence now runs across the whole database: its next number is read on every
            -- write, and must not cost a scan of the journal.
            CREATE INDEX journal_sequence ON journal(sequence);
            """)
    }

    /// Pickup slips owed: written in the pickup's transaction, marked produced once printed
    /// (queued for the slip printer) or filed as PDF. `content` holds the slip's fields, so a
    /// reprint shows what the first print showed, whatever changed since.
    private static func v3Slips(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE slip (
                id                 TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 36 AND id = lower(id)),
                requisition_number TEXT NOT NULL REFERENCES requisition(number),
                journal_id         TEXT NOT NULL REFERENCES journal(id),
                reprint_of         TEXT REFERENCES slip(id),
                created            INTEGER NOT NULL,  -- milliseconds since 1970 UTC
                content            TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
                state              TEXT NOT NULL CHECK (state IN ('pending', 'produced')),
                output             TEXT,
                last_error         TEXT,
                attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                updated            INTEGER NOT NULL,
                CHECK (updated >= created),
                CHECK (state <> 'produced' OR output IS NOT NULL)
            ) STRICT;
            CREATE INDEX slip_pending ON slip(created) WHERE state = 'pending';
            CREATE INDEX slip_requisition ON slip(requisition_number, created);
            """)
    }

    /// Each submission claim gets an owner: a random token written when a worker takes a
    /// pending job, which that worker must present to record the CUPS job id. A worker stuck
    /// past the orphan grace whose claim another process took over (and perhaps sent again)
    /// can then no longer record its own copy as the job's; it cancels that copy instead.
    /// Claims left by v2 have no token (NULL) and are taken over like any orphan.
    private static func v3PrintClaims(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE print_job ADD COLUMN claim TEXT
                CHECK (claim IS NULL OR (length(claim) = 36 AND claim = lower(claim)));
            """)
    }
}
