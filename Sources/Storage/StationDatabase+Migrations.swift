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
        let migrator = Self.migrator
        let superseded = try read { db in try migrator.hasBeenSuperseded(db) }
        guard !superseded else {
            throw StationProblem(
                .system, "The station database at \(path) was set up by a newer version of Quartermaster.",
                advice: "Install the newer version on this station, or tell the administrator.")
        }
        do { try migrator.migrate(pool) } catch { throw StationProblem(databaseError: error, path: path) }
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
        migrator.registerMigration("v3-print-claims", migrate: v3PrintClaims)
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
