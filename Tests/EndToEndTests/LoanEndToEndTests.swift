import Foundation
import Testing

/// Loans on the real binary: a paper loan written up through the CLI with a past due date shows
/// on the kiosk's overdue list in a real 80×24 terminal; a scan of an asset that is in lends it to
/// the next badge for the days typed, a scan of one that is out returns it; the database, the
/// journal, `loans list` and its CSV agree. Assets are written with sqlite3 (their import is
/// another part of issue 8); people come through `import people`.
@Suite(.serialized) struct LoanEndToEndTests {
    static let people = #"""
        badge,name,department,roles,active
        E1001,王库管,库房,keeper,yes
        100231,张三,行政部,employee,yes
        100233,"王五, ""小王""",行政部,employee,yes
        100240,离职员工,行政部,employee,no

        """#
    static let assets = #"""
        INSERT INTO location (code, name) VALUES ('LOC-HQ-3F', '总部 三楼');
        INSERT INTO asset (tag, name, category, location_code, status) VALUES
            ('FA-000101', '投影仪 Epson', '办公设备', 'LOC-HQ-3F', 'in_store'),
            ('FA-000102', '相机, "备用"', '摄影器材', 'LOC-HQ-3F', 'idle'),
            ('FA-000105', '旧打印机', '办公设备', 'LOC-HQ-3F', 'disposed');
        """#

    /// Today and a day in UTC, the zone the children run in.
    static func day(_ offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(byAdding: .day, value: offset, to: Date())!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    func loans(_ arguments: [String], data: String) throws -> Harness.Result {
        try Harness.run(Harness.binary, ["loans"] + arguments + ["--data", data, "--station", "E2E"], environment: ["TZ": "UTC"])
    }

    @Test func lendOverdueAndReturnByScan() throws {
        let data = try Harness.temporaryFolder("loans")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.write(Self.people, to: data + "/people.csv")
        let imported = try Harness.run(Harness.binary, ["import", "people", data + "/people.csv", "--data", data, "--station", "E2E"])
        #expect(imported.status == 0, "\(imported.error)")
        let db = data + "/station.sqlite"
        _ = try Harness.sql(db, Self.assets)

        // A paper loan from while the kiosk was down, due ten days ago.
        let pastDue = Self.day(-10)
        let paper = try loans(["lend", "FA-000102", "100233", "--due", pastDue, "--actor", "E1001"], data: data)
        #expect(paper.status == 0, "\(paper.error)")
        #expect(paper.output == "Lent FA-000102 (相机, \"备用\") to 王五, \"小王\" (100233), due \(pastDue). The due date is past: the loan is overdue already.\n")

        // Refusals: already out (to whom, since when), disposed, a leaver, a bad date, too far ahead.
        let twice = try loans(["lend", "FA-000102", "100231", "--due", Self.day(7), "--actor", "E1001"], data: data)
        #expect(twice.status != 0)
        #expect(twice.error.contains("is already out to 王五, \"小王\" (100233) since \(Self.day(0)) "), "\(twice.error)")
        let disposed = try loans(["lend", "FA-000105", "100231", "--due", Self.day(7)], data: data)
        #expect(disposed.error.contains("\"旧打印机\" (FA-000105) has been disposed of; it cannot be lent."), "\(disposed.error)")
        let leaver = try loans(["lend", "FA-000101", "100240", "--due", Self.day(7)], data: data)
        #expect(leaver.error.contains("离职员工's badge (100240) is disabled"), "\(leaver.error)")
        let badDate = try loans(["lend", "FA-000101", "100231", "--due", "15/03/2024"], data: data)
        #expect(badDate.status != 0)
        #expect(badDate.error.contains("--due 15/03/2024 is not a date: write it as YYYY-MM-DD"), "\(badDate.error)")
        let tooFar = try loans(["lend", "FA-000101", "100231", "--due", Self.day(366)], data: data)
        #expect(tooFar.error.contains("A loan of 366 days is not possible"), "\(tooFar.error)")
        #expect(try Harness.sql(db, "SELECT count(*) FROM loan") == "1", "refusals record nothing")
        #expect(try Harness.sql(db, "SELECT count(*) FROM journal WHERE kind LIKE 'loan.%'") == "1")

        // The kiosk lists it overdue, lends the projector for 30 days, takes the camera back.
        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
        ], environment: ["TERM": "linux", "TZ": "UTC"])
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        try pane.press("F9")
        try pane.waitFor("Mode: Loans.")
        try pane.waitFor("F9 Loans")
        try pane.press("Enter")
        let overdue = try pane.waitFor("1 loan is overdue as of \(Self.day(0)).")
        #expect(overdue.contains { $0.hasPrefix("Overdue loans on \(Self.day(0)): 1") }, "\(overdue.joined(separator: "\n"))")
        #expect(overdue.contains { $0.hasPrefix("王五, \"小王\" FA-000102") && $0.contains("相机, \"备用\"") && $0.hasSuffix("\(pastDue)    10") },
                "\(overdue.joined(separator: "\n"))")

        try pane.scan("FA-000101")
        try pane.waitFor("Lending \"投影仪 Epson\" (FA-000101) for 14 days, due \(Self.day(14))")
        try pane.scan("400")
        try pane.waitFor("A loan of 400 days is not possible")
        try pane.scan("30")
        try pane.waitFor("for 30 days, due \(Self.day(30))")
        try pane.scan("100240")
        try pane.waitFor("离职员工's badge is disabled")
        try pane.scan("100231")
        try pane.waitFor("Lent: \"投影仪 Epson\" (FA-000101) to 张三, due back \(Self.day(30)).")

        try pane.scan("FA-000102")
        let returned = try pane.waitFor("Returned: \"相机, \"备用\"\" (FA-000102) from 王五, \"小王\", 10 days late.")
        #expect(returned.contains { $0.contains("No loans are overdue (\(Self.day(0))).") }, "\(returned.joined(separator: "\n"))")

        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the kiosk")

        // The database and the journal: who lent, who took back, when.
        #expect(try Harness.sql(db, "SELECT tag || '|' || borrower || '|' || lent_by || '|' || due || '|' || coalesce(returned_by, '-') || '|' || station FROM loan ORDER BY id")
                == "FA-000102|100233|E1001|\(pastDue)|E1001|E2E\nFA-000101|100231|E1001|\(Self.day(30))|-|E2E")
        #expect(try Harness.sql(db, "SELECT kind || ':' || actor FROM journal WHERE kind LIKE 'loan.%' ORDER BY sequence")
                == "loan.lent:E1001\nloan.lent:E1001\nloan.returned:E1001")

        // The CLI's list and CSV agree; the CLI returns the projector.
        let csv = try loans(["list", "--format", "csv"], data: data)
        let rows = csv.output.components(separatedBy: "\r\n")
        #expect(rows.first == "tag,name,borrower_badge,borrower,lent_at,due,returned_at,overdue_days")
        #expect(rows.count == 4, "\(rows)")
        #expect(rows[1].hasPrefix("FA-000102,\"相机, \"\"备用\"\"\",100233,\"王五, \"\"小王\"\"\",\(Self.day(0))T"), "\(rows[1])")
        #expect(rows[1].hasSuffix(",\(pastDue),\(Self.day(0))T") == false && rows[1].hasSuffix("Z,10"), "returned 10 days late: \(rows[1])")
        #expect(rows[2].hasPrefix("FA-000101,投影仪 Epson,100231,张三,") && rows[2].hasSuffix(",\(Self.day(30)),,0"), "\(rows[2])")
        #expect(try loans(["list", "--overdue", "--format", "csv"], data: data).output == "tag,name,borrower_badge,borrower,lent_at,due,returned_at,overdue_days\r\n")

        let back = try loans(["return", "FA-000101", "--actor", "E1001"], data: data)
        #expect(back.output == "Returned FA-000101 (投影仪 Epson) from 张三 (100231), on time.\n", "\(back.error)")
        let again = try loans(["return", "FA-000101"], data: data)
        #expect(again.status != 0)
        #expect(again.error.contains("\"投影仪 Epson\" (FA-000101) is not out on loan; nothing was recorded."), "\(again.error)")
        #expect(try loans(["list", "--out"], data: data).output == "No loans.\n")
    }

    @Test func namesReachTheTerminalEscaped() throws {
        let data = try Harness.temporaryFolder("loans-escape")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.write(Self.people, to: data + "/people.csv")
        _ = try Harness.run(Harness.binary, ["import", "people", data + "/people.csv", "--data", data, "--station", "E2E"])
        let db = data + "/station.sqlite"
        _ = try Harness.sql(db, "INSERT INTO asset (tag, name, status) VALUES ('FA-000109', 'Beamer' || char(27) || '[2J', 'in_store');")
        let lent = try loans(["lend", "FA-000109", "100231", "--due", Self.day(-1), "--actor", "E1001"], data: data)
        #expect(lent.output.contains("Beamer\\x1b[2J"), "\(lent.output)")
        let list = try loans(["list", "--overdue"], data: data)
        #expect(!list.output.unicodeScalars.contains { $0.value == 0x1B })
        #expect(list.output == "FA-000109  Beamer\\x1b[2J  张三 (100231)  lent \(Self.day(0))  due \(Self.day(-1))  OUT, 1 day overdue\n")

        try Harness.write("E1001\n@loan\n@accept\nFA-000109\n", to: data + "/session.txt")
        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"],
                                  environment: ["TZ": "UTC"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("1 loan is overdue as of \(Self.day(0))."), "\(run.output)")
        #expect(run.output.contains("Returned: \"Beamer\\x1b[2J\" (FA-000109) from 张三, 1 day late."), "\(run.output)")
    }
}
