import Foundation
import QuartermasterCore
import Storage
import Testing

/// The asset register's schema (v4-assets): tags and location codes join the one table of codes,
/// the rebuilt code table keeps the earlier tables' triggers working, and assets are never deleted.
@Suite("Asset schema")
struct AssetSchemaTests {
    let fixture: StationFixture
    init() throws { fixture = try StationFixture() }

    @Test func codesOfEveryKindLandInTheRebuiltCodeTable() throws {
        let sql = """
            INSERT INTO location (code, name) VALUES ('LOC-HQ', '总部');
            INSERT INTO location (code, name, parent_code) VALUES ('LOC-HQ-301', '301 会议室', 'LOC-HQ');
            INSERT INTO asset (tag, name, location_code, status) VALUES ('FA-000123', '笔记本电脑', 'LOC-HQ-301', 'in_use');
            INSERT INTO person (badge, name, department, roles, active) VALUES ('100999', '王五', '行政部', 'employee', 1);
            SELECT kind || ':' || code FROM code WHERE code IN ('LOC-HQ-301', 'FA-000123', '100999') ORDER BY code;
            """
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "badge:100999\nasset_tag:FA-000123\nlocation:LOC-HQ-301\n")
        #expect(try fixture.database.code("FA-000123") == .asset(Asset(tag: "FA-000123", name: "笔记本电脑", locationCode: "LOC-HQ-301")))
        #expect(try fixture.database.code("LOC-HQ-301") == .location(Location(code: "LOC-HQ-301", name: "301 会议室", parentCode: "LOC-HQ")))
        #expect(try fixture.database.code("100231") == .badge(#require(try fixture.database.person(badge: "100231"))))
    }

    @Test(arguments: [
        ("INSERT INTO asset (tag, name, status) VALUES ('100231', 'desk', 'in_use');", "UNIQUE constraint failed: code.code"),
        ("INSERT INTO location (code, name) VALUES ('A4-70', 'shelf');", "UNIQUE constraint failed: code.code"),
        ("INSERT INTO asset (tag, name, status) VALUES ('FA-1', 'desk', 'lost');", "CHECK constraint failed"),
        ("INSERT INTO asset (tag, name, status) VALUES ('FA-1', 'desk', 'in_use'); DELETE FROM asset;", "never deleted"),
        ("INSERT INTO location (code, name, parent_code) VALUES ('L1', 'room', 'L1');", "CHECK constraint failed"),
    ])
    func schemaRefuses(sql: String, error: String) throws {
        let result = try SQLiteShell.run(sql, on: fixture.path)
        #expect(result.status != 0)
        #expect(result.error.contains(error), "\(result.error)")
    }
}
