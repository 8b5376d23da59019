import Foundation
import Testing

/// `quartermaster visitors …` on the real binary, against a real station database: the
/// contract lines (the invite code alone on the last line; the roll call's CSV columns), the
/// QR codes an invite and a badge carry, sign-out by badge code, the retention purge, and text
/// from outside reaching the terminal escaped.
@Suite(.serialized) struct VisitorsCommandTests {
    static let people = """
        badge,name,department,roles
        R1001,前台小李,前台,reception
        100231,张三,行政部,employee
        100232,张三丰,行政部,employee
        100240,Wang Wu,财务部,employee

        """
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let environment = ["TZ": "UTC", "QM_LABELS": packageRoot + "/labels"]

    /// A station with the people imported; its folder.
    static func station(_ name: String) throws -> String {
        let data = try Harness.temporaryFolder(name)
        try Harness.write(people, to: data + "/people.csv")
        let imported = try Harness.run(Harness.binary, ["import", "people", data + "/people.csv", "--data", data, "--station", "E2E"])
        #expect(imported.status == 0, "\(imported.error)")
        return data
    }

    static func visitors(_ arguments: [String], data: String) throws -> Harness.Result {
        try Harness.run(Harness.binary, ["visitors"] + arguments + ["--data", data, "--station", "E2E"], environment: environment)
    }

    static var today: String { LoanEndToEndTests.day(0) }

    /// Invites a visitor for today; the invite code printed on the last line.
    static func invite(_ name: String, company: String, host: String, data: String, extra: [String] = []) throws -> String {
        let result = try visitors(["invite", "--name", name, "--company", company, "--host", host, "--date", today] + extra, data: data)
        #expect(result.status == 0, "\(result.output) \(result.error)")
        return result.output.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Runs a kiosk session script (walk-up reception, no printer: badges go to out/ as PDF).
    static func kiosk(_ script: String, data: String) throws -> Harness.Result {
        try Harness.write(script, to: data + "/session.txt")
        return try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--language", "en", "--script", data + "/session.txt"],
                               environment: environment)
    }

    /// Reads the QR code on page 1 of a PDF or on a PNG.
    static func decodeQR(_ path: String, scratch: String) throws -> String {
        var image = path
        if path.hasSuffix(".pdf") {
            try Harness.run("pdftoppm", ["-r", "300", "-png", "-singlefile", path, scratch + "/qr"])
            image = scratch + "/qr.png"
        }
        return try Harness.run("zbarimg", ["-q", "--raw", image]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Invite

    @Test func invitePrintsTheCodeAloneOnItsLastLineAndItsQRDecodes() throws {
        let data = try Self.station("visitors-invite")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let code = try Self.invite("Alice, \"Ali\" Smith", company: "ACME, Inc.", host: "100240", data: data, extra: ["--purpose", "年度审计", "--qr", data + "/invite.png"])
        #expect(code.wholeMatch(of: /INV-[0-9A-HJKMNP-TV-Z]{12}/) != nil, "the last line is the code alone: \(code)")
        let db = data + "/station.sqlite"
        #expect(try Harness.sql(db, "SELECT name || '|' || company || '|' || purpose || '|' || host_badge || '|' || status || '|' || invite_code FROM visit")
                == "Alice, \"Ali\" Smith|ACME, Inc.|年度审计|100240|expected|\(code)")
        #expect(try Harness.sql(db, "SELECT kind || ':' || actor FROM journal WHERE kind LIKE 'visit.%'") == "visit.invited:100240")
        #expect(try Self.decodeQR(data + "/invite.png", scratch: data) == code)

        let pdf = try Self.invite("Bob", company: "Beta", host: "100231", data: data, extra: ["--qr", data + "/invite.pdf"])
        #expect(pdf != code)
        #expect(try Self.decodeQR(data + "/invite.pdf", scratch: data) == pdf)
    }

    @Test func badInvitesAreRefusedAndRecordNothing() throws {
        let data = try Self.station("visitors-refused")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let badDate = try Self.visitors(["invite", "--name", "Bob", "--company", "Beta", "--host", "100231", "--date", "02/12/2026"], data: data)
        #expect(badDate.status != 0)
        #expect(badDate.error.contains("--date 02/12/2026 is not a date: give it as YYYY-MM-DD."), "\(badDate.error)")
        let noHost = try Self.visitors(["invite", "--name", "Bob", "--company", "Beta", "--host", "999999", "--date", Self.today], data: data)
        #expect(noHost.status != 0)
        #expect(noHost.error.contains("Badge 999999 is not among this station's people; nothing was recorded."), "\(noHost.error)")
        let badQR = try Self.visitors(["invite", "--name", "Bob", "--company", "Beta", "--host", "100231", "--date", Self.today, "--qr", data + "/qr.txt"], data: data)
        #expect(badQR.status != 0)
        #expect(badQR.error.contains("write the QR code to a .png or .pdf file"), "\(badQR.error)")
        #expect(try Harness.sql(data + "/station.sqlite", "SELECT count(*) FROM visit") == "0")
    }

    // MARK: Roll call, sign-out, badges

    @Test func onsiteListsSignsOutAndTheBadgeQRDecodes() throws {
        let data = try Self.station("visitors-onsite")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let code = try Self.invite("Alice, \"Ali\" Smith", company: "ACME, Inc.", host: "100240", data: data)
        let session = try Self.kiosk("@reception\n\(code)\n李小龙\n龙腾科技, \"北京\"\n张三\n1\n送货\n@accept\n@accept\n", data: data)
        #expect(session.status == 0, "\(session.output) \(session.error)")
        #expect(session.output.contains("Welcome, Alice, \"Ali\" Smith! Wang Wu has been told you are here."), "\(session.output)")
        #expect(session.output.contains("Welcome, 李小龙! 张三 has been told you are here."), "\(session.output)")

        let db = data + "/station.sqlite"
        let badges = try Harness.sql(db, "SELECT badge_code FROM visit ORDER BY id").split(separator: "\n").map(String.init)
        #expect(badges.count == 2)
        for badge in badges {
            #expect(badge.wholeMatch(of: /VB-\d{12}/) != nil, "\(badge)")
            let pdf = data + "/out/visitor-badge-\(badge).pdf"
            #expect(try Self.decodeQR(pdf, scratch: data) == badge, "the badge's QR is its sign-out code")
        }
        let badgeText = try Harness.run("pdftotext", [data + "/out/visitor-badge-\(badges[1]).pdf", "-"]).output
        for field in ["李小龙", "龙腾科技", "张三"] { #expect(badgeText.contains(field), "the badge lacks \(field): \(badgeText)") }

        let csv = try Self.visitors(["onsite", "--format", "csv"], data: data)
        #expect(csv.status == 0, "\(csv.error)")
        let rows = csv.output.components(separatedBy: "\r\n")
        #expect(rows.first == "name,company,host,host_badge,purpose,arrived,badge_code")
        #expect(rows.count == 4, "\(rows)")
        #expect(rows[1].hasPrefix("\"Alice, \"\"Ali\"\" Smith\",\"ACME, Inc.\",Wang Wu,100240,,\(Self.today)T"), "\(rows[1])")
        #expect(rows[1].hasSuffix("Z,\(badges[0])"), "\(rows[1])")
        #expect(rows[2].hasPrefix("李小龙,\"龙腾科技, \"\"北京\"\"\",张三,100231,送货,\(Self.today)T"), "\(rows[2])")
        #expect(rows[2].hasSuffix("Z,\(badges[1])"), "\(rows[2])")

        let out = try Self.visitors(["signout", badges[0], "--by", "R1001"], data: data)
        #expect(out.status == 0, "\(out.error)")
        #expect(out.output == "Signed out: Alice, \"Ali\" Smith.\n")
        let again = try Self.visitors(["signout", badges[0]], data: data)
        #expect(again.status != 0)
        #expect(again.error.contains("Nothing was recorded."), "\(again.error)")
        let unknown = try Self.visitors(["signout", "VB-000000000000"], data: data)
        #expect(unknown.status != 0)
        #expect(try Harness.sql(db, "SELECT status FROM visit ORDER BY id") == "left\non_site")
        #expect(try Harness.sql(db, "SELECT actor FROM journal WHERE kind = 'visit.signed_out'") == "R1001")

        let text = try Self.visitors(["onsite"], data: data)
        #expect(text.output.hasPrefix("On site: 1\n李小龙  龙腾科技, \"北京\"  host 张三  since \(Self.today)T"), "\(text.output)")
        #expect(!text.output.contains("Alice"))
    }

    @Test func namesFromOutsideReachTheTerminalEscaped() throws {
        let data = try Self.station("visitors-escape")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let invited = try Self.visitors(["invite", "--name", "Eve\u{1B}[2J", "--company", "Evil\u{07}Corp", "--host", "100231", "--date", Self.today], data: data)
        #expect(invited.output.contains("Invited Eve\\x1b[2J for"), "\(invited.output)")
        let code = invited.output.split(separator: "\n").last.map(String.init) ?? ""
        let session = try Self.kiosk("@reception\n\(code)\n", data: data)
        #expect(session.output.contains("Welcome, Eve\\x1b[2J!"), "\(session.output)")
        let list = try Self.visitors(["onsite"], data: data)
        let close = try Self.visitors(["close"], data: data)
        for output in [invited.output, session.output, list.output, close.output] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "raw control characters: \(output)")
        }
        #expect(list.output.contains("Eve\\x1b[2J  Evil\\x07Corp"), "\(list.output)")
        #expect(close.output.hasPrefix("Closed as not signed out: 1\nEve\\x1b[2J"), "\(close.output)")
    }

    /// A name on the deny list, however it is typed, gets "please see reception" and no visit on site.
    @Test func aDeniedNameIsSentToReception() throws {
        let data = try Self.station("visitors-deny")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let denied = try Self.visitors(["deny", "王 大 锤", "--alias", "Wang Dachui", "--note", "前员工"], data: data)
        #expect(denied.status == 0, "\(denied.error)")
        let session = try Self.kiosk("@reception\nＷＡＮＧ ｄａｃｈｕｉ\n某公司\n张三\n1\n面试\n@accept\n@accept\n", data: data)
        #expect(session.output.lowercased().contains("please see reception"), "\(session.output)")
        #expect(!session.output.contains("前员工"), "the visitor is told why")
        #expect(try Self.visitors(["onsite", "--format", "csv"], data: data).output.split(separator: "\n").count == 1)
        let empty = try Self.visitors(["deny", "  "], data: data)
        #expect(empty.status != 0 && empty.error.contains("needs a name"), "\(empty.error)")
    }

    // MARK: Help

    @Test func helpNamesReceptionTruly() throws {
        let kiosk = try Harness.run(Harness.binary, ["kiosk", "--help"]).output.replacingOccurrences(of: "\n", with: " ")
        for phrase in ["F11 reception", "QM-MODE-RECEPTION", "@reception", "typed fields are plain lines"] {
            #expect(kiosk.contains(phrase), "kiosk --help lacks \(phrase)")
        }
        let visitors = try Harness.run(Harness.binary, ["visitors", "--help"]).output
        for subcommand in ["invite", "onsite", "signout", "close", "purge", "deny"] {
            #expect(visitors.contains("  \(subcommand) "), "visitors --help lacks \(subcommand): \(visitors)")
        }
        let purge = try Harness.run(Harness.binary, ["visitors", "purge", "--help"]).output
        #expect(purge.contains("reception.retention_days"), "\(purge)")
    }

    // MARK: station.yaml

    @Test func stationYAMLGivesTheRulesTheRetentionAndAClosingTime() throws {
        let data = try Self.station("visitors-config")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.write("""
            reception:
              close_at: "20:00"
              retention_days: 5
              rules:
                version: "2024-03"
                text: "请佩戴访客证。Wear the badge."

            """, to: data + "/station.yaml")
        let session = try Self.kiosk("@reception\n李小龙\n龙腾科技\n张三丰\n送货\n@accept\n@accept\n", data: data)
        #expect(session.status == 0, "\(session.output) \(session.error)")
        #expect(session.output.contains("Read the site rules above (version 2024-03)."), "\(session.output)")
        #expect(try Harness.sql(data + "/station.sqlite", "SELECT rules_version FROM visit") == "2024-03")
        #expect(try Self.visitors(["purge"], data: data).output == "Anonymised 0 visits older than 5 days.\n")

        try Harness.write("reception:\n  close_at: \"8pm\"\n", to: data + "/station.yaml")
        let refused = try Self.kiosk("@reception\n", data: data)
        #expect(refused.status != 0)
        #expect(refused.error.contains("station.yaml:2: key \"reception.close_at\": \"8pm\" is not a time of day: write it as HH:MM"), "\(refused.error)")
    }

    // MARK: Retention

    @Test func purgeAnonymisesOnlyClosedVisitsOlderThanTheLimit() throws {
        let data = try Self.station("visitors-purge")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let db = data + "/station.sqlite"
        let old = LoanEndToEndTests.day(-100), recent = LoanEndToEndTests.day(-10)
        _ = try Harness.sql(db, """
            INSERT INTO visit (name, company, phone, purpose, host_badge, expected_date, arrival, departure, badge_code, status, station) VALUES
              ('老访客', '旧公司, "甲"', '138 0000 0000', '面试', '100231', '\(old)', 1000, 2000, 'VB-000000000001', 'left', 'E2E'),
              ('近访客', '新公司', NULL, '开会', '100231', '\(recent)', 3000, 4000, 'VB-000000000002', 'left', 'E2E'),
              ('未签退', 'X', NULL, '送货', '100240', '\(old)', 5000, NULL, 'VB-000000000003', 'not_signed_out', 'E2E'),
              ('还在场', 'Y', NULL, '维修', '100240', '\(old)', 6000, NULL, 'VB-000000000004', 'on_site', 'E2E');
            """)
        let before = try Harness.sql(db, "SELECT id, purpose, host_badge, expected_date, arrival, departure, badge_code, status FROM visit ORDER BY id")

        let purged = try Self.visitors(["purge"], data: data)
        #expect(purged.status == 0, "\(purged.error)")
        #expect(purged.output == "Anonymised 2 visits older than 90 days.\n")
        #expect(try Harness.sql(db, "SELECT name || '|' || company || '|' || coalesce(phone, '-') || '|' || anonymised FROM visit ORDER BY id")
                == "||-|1\n近访客|新公司|-|0\n||-|1\n还在场|Y|-|0")
        #expect(try Harness.sql(db, "SELECT id, purpose, host_badge, expected_date, arrival, departure, badge_code, status FROM visit ORDER BY id") == before,
                "times, host, purpose and status stay")
        #expect(try Harness.sql(db, "SELECT count(*) FROM journal WHERE kind = 'visit.anonymised'") == "2")

        #expect(try Self.visitors(["purge"], data: data).output == "Anonymised 0 visits older than 90 days.\n", "once is enough")
        let shorter = try Self.visitors(["purge", "--older-than", "5"], data: data)
        #expect(shorter.output == "Anonymised 1 visit older than 5 days.\n", "\(shorter.output) \(shorter.error)")
        #expect(try Harness.sql(db, "SELECT anonymised FROM visit ORDER BY id") == "1\n1\n1\n0", "the visitor on site keeps their name")
        let negative = try Self.visitors(["purge", "--older-than", "-1"], data: data)
        #expect(negative.status != 0)
    }
}
