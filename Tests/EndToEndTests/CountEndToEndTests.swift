import Foundation
import QuartermasterCore
import Testing

/// An auditor counts two rooms in a real terminal from scanner recordings: a found asset, an
/// unknown tag, a moved one accepted with Enter, then a SIGKILL; after the restart the auditor
/// scans the room again and carries on in the same session (a disposed asset, a duplicate).
/// `count close` and `count report --format csv` then give exactly the expected rows.
@Suite(.serialized) struct CountEndToEndTests {
    static func kiosk(_ data: String, part: Int) throws -> TmuxPane {
        try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
            "--scanner-replay", CountOffice.recording(part), "--scanner-layout", "us", "--replay-delay", "150",
        ], environment: ["TERM": "linux", "TZ": "UTC"])
    }

    /// The project's templates (the count report's words and colours).
    static let labels = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("labels").path

    static func cli(_ data: String, _ arguments: [String]) throws -> Harness.Result {
        try Harness.run(Harness.binary, ["count"] + arguments + ["--data", data, "--station", "E2E"], environment: ["TZ": "UTC"])
    }

    @Test func twoRoomsCountedAcrossASigkillReconcileExactly() throws {
        let data = try Harness.temporaryFolder("count")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try CountOffice.seed(data: data)
        let db = data + "/station.sqlite"

        let opened = try Self.cli(data, ["open", "--scope", "LOC-HQ-301,LOC-HQ-302", "--by", "100231"])
        #expect(opened.status == 0, "\(opened.error)")
        let session = try #require(opened.output.split(separator: "\n").last.map(String.init))
        #expect(session.hasPrefix("CNT-"), "\(opened.output)")

        // Part one: 301 (found, surplus), then 302 (found, moved: accepted with Enter).
        let first = try Self.kiosk(data, part: 1)
        try first.waitFor("MOVED: 投影仪 (FA-000002) is registered at LOC-HQ-301.", timeout: 30)
        let moved = try first.screen()
        #expect(moved.joined(separator: "\n").contains("Location: 302 财务室 (LOC-HQ-302)   found 2 / expected 3"), "\(moved.joined(separator: "\n"))")
        #expect(moved.joined(separator: "\n").contains("FA-000007  碎纸机\\x1b[31m"), "the imported name is shown escaped")
        try first.press("Enter")
        try first.waitFor("Move accepted: 投影仪 (FA-000002) goes to LOC-HQ-302", timeout: 10)
        #expect(kill(first.programID, SIGKILL) == 0)
        let deadline = Date().addingTimeInterval(5)
        while try !first.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try first.exited(), "the kiosk is dead")
        first.kill()
        #expect(try Harness.sql(db, "select group_concat(tag || ':' || outcome || ':' || move_accepted, ' ') from (select * from count_scan order by time, tag)")
                == "FA-000001:found:0 FA-000009:surplus:0 FA-000004:found:0 FA-000002:moved:1")

        // Part two, after the restart: the room again, then a disposed asset, a duplicate, one more.
        let second = try Self.kiosk(data, part: 2)
        defer { second.kill() }
        // Replayed scans follow each other faster than a screen can be read: the last one's
        // screen shows the room's tally, which holds the two scans made before the kill.
        let done = try second.waitFor("FOUND: 办公桌 (FA-000005).", timeout: 30)
        let screen = done.joined(separator: "\n")
        #expect(screen.contains("Count \(session)"), "\(screen)")
        #expect(screen.contains("Location: 302 财务室 (LOC-HQ-302)   found 4 / expected 3"), "\(screen)")
        #expect(screen.contains("Still missing here (1):") && screen.contains("FA-000007  碎纸机\\x1b[31m"), "\(screen)")
        for line in done { #expect(line.count <= 80) }
        try second.press("C-c")
        let stop = Date().addingTimeInterval(5)
        while try !second.exited(), Date() < stop { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try Harness.sql(db, "select count(*) from journal where kind = 'count.duplicate'") == "1")
        #expect(try Harness.sql(db, "select json_extract(payload, '$.scan.locationCode') || ' ' || json_extract(payload, '$.earlier.locationCode') from journal where kind = 'count.duplicate'")
                == "LOC-HQ-302 LOC-HQ-301", "the duplicate is journalled with where it was scanned again")
        #expect(try Harness.sql(db, "select count(*) from count_session") == "1", "the restart counted into the same session")

        // Closing: the accepted move applied, count dates set, the missing listed with advice.
        let closed = try Self.cli(data, ["close", "--last", "--by", "100231", "--next-count", "2099-06-30"])
        #expect(closed.status == 0, "\(closed.error)")
        #expect(closed.output.contains("All: expected 6; found 3, moved 1, missing 2, surplus 1, disposed 1"), "\(closed.output)")
        #expect(closed.output.contains("FA-000002: LOC-HQ-301 → LOC-HQ-302"), "\(closed.output)")
        #expect(closed.output.contains("quartermaster count write-off \(session) --tag"), "\(closed.output)")
        #expect(closed.output.contains("碎纸机\\x1b[31m"), "names reach the terminal escaped")
        #expect(!closed.output.unicodeScalars.contains { $0.value == 0x1B })
        #expect(try Harness.sql(db, "select location_code from asset where tag = 'FA-000002'") == "LOC-HQ-302")
        #expect(try Harness.sql(db, "select group_concat(tag) from (select tag from asset where next_count = '2099-06-30' order by tag)")
                == "FA-000001,FA-000002,FA-000004,FA-000005")

        let report = try Self.cli(data, ["report", "--last", "--format", "csv", "-o", data + "/count.csv"])
        #expect(report.status == 0, "\(report.error)")
        let csv = try String(contentsOfFile: data + "/count.csv", encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "tag,name,expected_location,found_location,outcome,counted_by,time,category,cost,station,move_accepted")
        // Times vary: each counted row ends its contract columns with an ISO time.
        let rows = lines.dropFirst().map { line -> String in
            line.replacing(#/,20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ,/#, with: ",TIME,")
        }
        #expect(rows == [
            "FA-000001,笔记本电脑,LOC-HQ-301,LOC-HQ-301,found,100231,TIME,电脑,6500.00,E2E,no",
            "FA-000003,\"文件柜, \"\"A型\"\"\",LOC-HQ-301,,missing,,,家具,1500.00,,no",
            "FA-000009,,,LOC-HQ-301,surplus,100231,TIME,,,E2E,no",
            "FA-000002,投影仪,LOC-HQ-301,LOC-HQ-302,moved,100231,TIME,设备,3000.00,E2E,yes",
            "FA-000004,保险柜,LOC-HQ-302,LOC-HQ-302,found,100231,TIME,家具,1200.50,E2E,no",
            "FA-000005,办公桌,LOC-HQ-302,LOC-HQ-302,found,100231,TIME,家具,800.00,E2E,no",
            "FA-000006,旧打印机,LOC-HQ-302,LOC-HQ-302,disposed,100231,TIME,设备,0.00,E2E,no",
            "FA-000007,碎纸机\u{1b}[31m,LOC-HQ-302,,missing,,,设备,450.00,,no",
        ], "\(csv)")

        let pdf = try Harness.run(Harness.binary, ["count", "report", "--last", "--format", "pdf", "-o", data + "/count.pdf", "--data", data],
                                  environment: ["TZ": "UTC", "QM_LABELS": Self.labels])
        #expect(pdf.status == 0, "\(pdf.error)")
        let text = try Harness.run("pdftotext", ["-layout", data + "/count.pdf", "-"]).output
        let firstPage = text.components(separatedBy: "\u{0C}").first ?? ""
        for code in ["LOC-HQ-301", "LOC-HQ-302"] { #expect(firstPage.contains(code), "the chart names \(code): \(firstPage)") }
        for tag in ["FA-000002", "FA-000003", "FA-000006", "FA-000007", "FA-000009"] { #expect(text.contains(tag), "\(tag) in the report") }
        #expect(!text.unicodeScalars.contains("\u{1B}"), "an imported escape reached the PDF raw")
        let refused = try Self.cli(data, ["report", "--last", "--format", "pdf"])
        #expect(refused.status != 0 && refused.error.contains("add -o FILE.pdf"), "\(refused.error)")
    }

    /// `kiosk --script` runs a count like any other job: `@count`, a badge, a location, tags.
    @Test func aScriptCountsWithTheCountDirective() throws {
        let data = try Harness.temporaryFolder("count-script")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try CountOffice.seed(data: data)
        try Harness.write("@count\n100231\nFA-000001\nLOC-HQ-301\n@accept\nFA-000001\nFA-000008\n@accept\nFA-000004\nFA-000777\n", to: data + "/count.txt")
        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--language", "en", "--script", data + "/count.txt"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Mode: Count. Count: scan a location label to start.",
            "Signed in: 张审计 (Count). Count: scan a location label to start.",
            "Scan the location label first, then the asset tags.",
            "No count is open for 301 会议室 (LOC-HQ-301). Press Enter to open one for it here, or open one with `quartermaster count open --scope LOC-HQ-301`.",
            lines.count > 4 ? lines[4] : "",
            "FOUND: 笔记本电脑 (FA-000001).",
            "MOVED: 椅子 (FA-000008) is registered at LOC-WH. Enter/F5 accepts the move to LOC-HQ-301; scan on to leave it.",
            "Move accepted: 椅子 (FA-000008) goes to LOC-HQ-301 in the register when the count closes.",
            "MOVED: 保险柜 (FA-000004) is registered at LOC-HQ-302. Enter/F5 accepts the move to LOC-HQ-301; scan on to leave it.",
            "SURPLUS: FA-000777 is not in the register. Type its name and press Enter to register it at LOC-HQ-301, or scan on to leave it flagged.",
        ], "\(run.output)")
        #expect(lines.count > 4 && lines[4].hasPrefix("Count CNT-") && lines[4].hasSuffix("opened for 301 会议室 (LOC-HQ-301). 3 assets expected. Scan the asset tags."), "\(run.output)")
        let listed = try Self.cli(data, ["list"])
        #expect(listed.output.contains("open") && listed.output.contains("counted 4 of 3 expected"), "\(listed.output)")

        // Closed with every move applied and the default next count (three months on), reported for Excel, and what
        // stayed missing written off with its disposal record.
        let closed = try Self.cli(data, ["close", "--last", "--by", "100231", "--accept-moves"])
        #expect(closed.status == 0, "\(closed.error)")
        #expect(try Harness.sql(data + "/station.sqlite", "select group_concat(tag || '@' || location_code) from (select * from asset where tag in ('FA-000004', 'FA-000008') order by tag)")
                == "FA-000004@LOC-HQ-301,FA-000008@LOC-HQ-301", "--accept-moves applies the move nobody accepted at the kiosk too")
        let dates = try #require(closed.output.split(separator: "\n").first { $0.hasPrefix("Last counted ") })
        let words = dates.split(separator: " ")
        let last = try #require(CalendarDate(String(words[2]).trimmingCharacters(in: .punctuationCharacters)))
        #expect(words[5].hasPrefix(last.adding(months: 3).description), "\(dates)")
        let bom = try Self.cli(data, ["report", "--last", "--format", "csv", "--bom"])
        #expect(bom.output.hasPrefix("\u{FEFF}tag,name,expected_location,"), "\(bom.output.prefix(40))")
        let session = try #require(listed.output.split(separator: " ").first.map(String.init))
        let writeOff = try Self.cli(data, ["write-off", session, "--all-missing", "--reason", "盘亏，经调查确认丢失", "--approver", "王经理"])
        #expect(writeOff.status == 0, "\(writeOff.error)")
        #expect(writeOff.output.contains("FA-000002") && writeOff.output.contains("FA-000003"), "\(writeOff.output)")
        #expect(try Harness.sql(data + "/station.sqlite", "select group_concat(tag || ':' || approver) from (select * from asset_disposal where journal_id in (select id from journal where kind = 'asset.disposed') order by tag)")
                == "FA-000002:王经理,FA-000003:王经理")
        let again = try Self.cli(data, ["write-off", session, "--tag", "FA-000001", "--reason", "x"])
        #expect(again.status != 0 && again.error.contains("was not missing"), "\(again.error)")
    }
}
