import Foundation
import QuartermasterTesting
import Testing

/// Reception on the real binary in a real 80×24 terminal, printing through a private cupsd
/// (issue 9's Done-when): an invited visitor signs in by scanning the invite, a walk-in by
/// typing (a Chinese name), both badges come out of CUPS with QR codes that decode to their
/// sign-out codes, one signs out by scanning the badge, and the roll call lists exactly the
/// other; the used invite is refused a second time and the used badge signs nothing out.
@Suite(.serialized) struct ReceptionEndToEndTests {
    @Test func inviteAndWalkInSignInBadgesPrintOneSignsOut() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try VisitorsCommandTests.station("reception-e2e")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let db = data + "/station.sqlite"
        let invite = try VisitorsCommandTests.invite("Alice Smith", company: "ACME, Inc.", host: "100240", data: data)

        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en", "--slip-printer", "qm-pdf",
        ], environment: cupsd.environment.merging(VisitorsCommandTests.environment) { $1 }.merging(["TERM": "linux", "LANG": "C.UTF-8"]) { $1 })
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        try pane.scan("QM-MODE-RECEPTION")
        try pane.waitFor("Scan your invitation, or type your name")

        // The invited visitor: one scan.
        try pane.scan(invite)
        try pane.waitFor("Welcome, Alice Smith! Wang Wu has been told you are here.")

        // The walk-in types, field by field; the screen shows only their own form.
        try pane.scan("李小龙")
        let company = try pane.waitFor("Your company or organisation?")
        #expect(!company.joined().contains("Alice"), "the next visitor does not see the last one: \(company.joined(separator: "\n"))")
        try pane.scan("龙腾科技, \"北京\"")
        try pane.waitFor("Who are you visiting?")
        try pane.scan("张三")
        let choices = try pane.waitFor("Type the number of your host (1–2)")
        #expect(choices.contains { $0.contains("1  张三  行政部") }, "\(choices.joined(separator: "\n"))")
        #expect(choices.contains { $0.contains("2  张三丰  行政部") }, "\(choices.joined(separator: "\n"))")
        try pane.scan("1")
        try pane.waitFor("Host: 张三. What is the purpose of your visit?")
        try pane.scan("送货")
        try pane.waitFor("Your phone number (optional: Enter skips).")
        try pane.press("Enter")
        try pane.waitFor("Read the site rules above")
        try pane.press("Enter")
        try pane.waitFor("Welcome, 李小龙! 张三 has been told you are here.")

        // Both badges through CUPS, once each; their QR codes are the visits' sign-out codes.
        let badges = try Harness.sql(db, "SELECT badge_code FROM visit ORDER BY id").split(separator: "\n").map(String.init)
        #expect(badges.count == 2, "\(badges)")
        let deadline = Date().addingTimeInterval(30)
        while try Harness.sql(db, "SELECT count(*) FROM print_job WHERE state = 'completed'") != "2", Date() < deadline {
            try cupsd.checkAlive("while the badges printed")
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(try Harness.sql(db, "SELECT title || ':' || state FROM print_job ORDER BY id") == "Visitor badge:completed\nVisitor badge:completed")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        let jobs = cupsd.pdfJobs()
        #expect(jobs.count == 2, "one CUPS job per badge: \(jobs)")
        let decoded = try jobs.map { try VisitorsCommandTests.decodeQR(cupsd.directory + "/out/" + $0, scratch: data) }
        #expect(Set(decoded) == Set(badges), "decoded \(decoded), issued \(badges)")
        #expect(!FileManager.default.fileExists(atPath: data + "/out"), "with a printer, no PDF files")

        // Alice leaves by scanning her badge.
        try pane.scan(badges[0])
        try pane.waitFor("Goodbye, Alice Smith! You are signed out.")

        // The used invite and the used badge open nothing.
        try pane.scan(invite)
        let refused = try pane.waitFor("This invite was already signed in at ")
        #expect(refused.joined().contains(try Harness.sql(db, "SELECT strftime('%H:%M', arrival / 1000, 'unixepoch') FROM visit WHERE id = 1")),
                "\(refused.joined(separator: "\n"))")
        try pane.scan(badges[0])
        try pane.waitFor("This badge signs nothing out")
        #expect(try Harness.sql(db, "SELECT status FROM visit ORDER BY id") == "left\non_site")
        #expect(try Harness.sql(db, "SELECT count(*) FROM visit") == "2", "the refusals recorded nothing")

        // The roll call lists exactly the walk-in.
        let csv = try VisitorsCommandTests.visitors(["onsite", "--format", "csv"], data: data)
        let rows = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 2, "\(rows)")
        #expect(rows.last?.hasPrefix("李小龙,\"龙腾科技, \"\"北京\"\"\",张三,100231,送货,") == true, "\(rows)")
        #expect(rows.last?.hasSuffix(",\(badges[1])") == true, "\(rows)")
        #expect(try Harness.sql(db, "SELECT kind FROM journal WHERE kind LIKE 'visit.%' OR kind = 'host.notified' ORDER BY sequence")
                == "visit.invited\nvisit.signed_in\nhost.notified\nvisit.signed_in\nhost.notified\nvisit.signed_out")

        // Staff print the roll call at the kiosk: on the slip printer at once, just the walk-in.
        try pane.scan("R1001")
        try pane.waitFor("Signed in: 前台小李")
        try pane.press("Enter")
        try pane.waitFor("Roll call printed (1 on site): queued for qm-pdf")
        let printed = Date().addingTimeInterval(30)
        while try Harness.sql(db, "SELECT state FROM print_job WHERE title = 'Roll call'") != "completed", Date() < printed {
            try cupsd.checkAlive("while the roll call printed")
            Thread.sleep(forTimeInterval: 0.2)
        }
        let rollCall = try #require(cupsd.pdfJobs().first { !jobs.contains($0) }, "the roll call came out of CUPS: \(cupsd.pdfJobs())")
        let paper = try Harness.run("pdftotext", [cupsd.directory + "/out/" + rollCall, "-"]).output
        #expect(paper.contains("Roll call: visitors on site") && paper.contains("On site: 1"), "\(paper)")
        #expect(paper.contains("1. 李小龙 — 龙腾科技, \"北京\"") && paper.contains(badges[1]), "\(paper)")
        #expect(!paper.contains("Alice") && !paper.contains(badges[0]), "only who is on site: \(paper)")
        #expect(paper.contains("Made \(LoanEndToEndTests.day(0)) "), "with the time it was made: \(paper)")
        try cupsd.checkAlive("at the end")
    }
}
