import Foundation
import QuartermasterCore
import Storage

/// The station fixture plus lendable equipment: locations and assets in every status written
/// with the sqlite3 program (the register's import is another helper's work), a borrower with a
/// Chinese name holding a comma and quotes, and a leaver whose badge is disabled.
struct LoanFixture {
    static let seed = """
        INSERT INTO location (code, name) VALUES ('LOC-HQ', '总部');
        INSERT INTO location (code, name, parent_code) VALUES ('LOC-HQ-3F', '三楼 设备间', 'LOC-HQ');
        INSERT INTO asset (tag, name, category, location_code, status) VALUES
            ('FA-000101', '投影仪 Epson CB-X06', '办公设备', 'LOC-HQ-3F', 'in_store'),
            ('FA-000102', '相机, "备用"', '摄影器材', 'LOC-HQ-3F', 'idle'),
            ('FA-000103', '办公桌', '家具', 'LOC-HQ-3F', 'in_use'),
            ('FA-000104', '笔记本电脑', '电脑', 'LOC-HQ-3F', 'under_repair'),
            ('FA-000105', '旧打印机', '办公设备', 'LOC-HQ-3F', 'disposed');
        INSERT INTO person (badge, name, department, roles, active) VALUES
            ('100233', '王五, "小王"', '行政部', 'employee', 1),
            ('100240', '离职员工', '行政部', 'employee', 0);
        """
    static let lentAt = Date(timeIntervalSince1970: 1_709_280_000)  // 2024-03-01T08:00:00Z
    static let keeper = StationFixture.keeper

    let station: StationFixture
    var database: StationDatabase { station.database }
    var path: String { station.path }

    init() throws {
        station = try StationFixture()
        let result = try SQLiteShell.run(Self.seed, on: station.path)
        guard result.status == 0 else { throw SQLiteShellError(message: "seeding assets failed: \(result.error)") }
    }

    func request(_ tag: String, to badge: String = "100233", due: String = "2024-03-15", at time: Date = lentAt, by actor: String = keeper) -> LoanRequest {
        LoanRequest(tag: tag, borrowerBadge: badge, due: CalendarDate(due)!, lentBy: actor, station: StationFixture.station, time: time)
    }

    func scan(_ tag: String, at time: Date, by actor: String = keeper) -> LoanReturn {
        LoanReturn(tag: tag, returnedBy: actor, station: StationFixture.station, time: time)
    }

    /// The loan table and the journal: what a refused loan must leave as it was.
    func state() throws -> (loans: [LoanListing], journal: [JournalEntry]) {
        (try database.loans(), try database.journal())
    }
}
