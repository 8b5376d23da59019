import Foundation
import Testing

/// Text from outside (CSV cells, scanned codes, imported names and requisition numbers) reaches
/// the terminal and the file system only made harmless, checked on the real binary's bytes.
@Suite struct TerminalEscapingEndToEndTests {
    /// Raw scalars that must never reach a terminal from data: ESC, BEL, C1 CSI, the
    /// right-to-left override and the first isolate.
    static let raw: [Unicode.Scalar] = ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{2066}"]

    static func expectInert(_ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in raw {
            #expect(!output.unicodeScalars.contains(scalar), "\(what) holds a raw U+\(String(scalar.value, radix: 16, uppercase: true)): \(output.debugDescription)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("an import error quotes a bad cell escaped, and a newline in it cannot forge a line")
    func importErrorEscapesTheCell() throws {
        let data = try Harness.temporaryFolder("escape-import")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let file = data + "/people.csv"
        try Harness.write("""
            badge,name,department,roles,active
            E1001,王库管,Storeroom,"keeper\u{1B}[2J\u{202E}x",yes
            E2001,张三,General Affairs,employee,"\u{1B}]0;owned\u{7}\u{9B}H"
            E2002,李四,General Affairs,"employee
            Imported 9 people.",yes

            """, to: file)
        let result = try Harness.run(Harness.binary, ["import", "people", file, "--data", data])
        #expect(result.status != 0)
        Self.expectInert(result.error + result.output, "the import's messages")
        #expect(result.error.contains(#"people.csv:2: column "roles": unknown role "keeper\x1b[2J\u{202e}x""#), "\(result.error)")
        #expect(result.error.contains(#"\x1b]0;owned\x07\u{9b}h"#), "\(result.error)")
        #expect(result.error.contains(#"employee\x0aImported 9 people."#), "\(result.error)")
        #expect(!result.error.split(separator: "\n").contains { $0.hasPrefix("Imported") }, "a cell forged a line: \(result.error)")
        #expect(result.error.contains("Nothing was imported"))
    }

    @Test("a command's error quotes what it was given escaped, whichever command it is")
    func commandErrorsEscapeTheirArguments() throws {
        let data = try Harness.temporaryFolder("escape-errors")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let hostile = "YPQ-\u{1B}[2J\u{202E}\u{7}"
        for arguments in [
            ["slip", "reprint", hostile, "--data", data],
            ["label", "render", "--template", hostile, "--set", "tag=1", "-o", data + "/x.pdf"],
            ["export", "stock", "-o", data + "/\u{1B}[2J/missing/x.csv", "--data", data],
        ] {
            let result = try Harness.run(Harness.binary, arguments)
            #expect(result.status != 0, "\(arguments)")
            Self.expectInert(result.error + result.output, "\(arguments[0]) \(arguments[1])'s error")
            #expect(result.error.contains(#"\x1b[2J"#), "\(arguments): \(result.error)")
        }
    }

    @Test("kiosk --script prints scanned codes and imported names escaped")
    func scriptedKioskEscapes() throws {
        let data = try Harness.temporaryFolder("escape-kiosk")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let people = Storeroom.people.replacingOccurrences(of: "E1001,王库管,", with: "E1001,王\u{1B}[31m库管\u{202E},")
        try Harness.importAll(data: data, people: people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        try Harness.write("E1001\n\u{1B}[2J\u{1B}]0;owned\u{7}\u{202E}X\n\u{9B}6n\n", to: data + "/session.txt")
        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"])
        #expect(run.status == 0, "\(run.error)")
        Self.expectInert(run.output + run.error, "kiosk --script output")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains(#"王\x1b[31m库管\u{202e}"#) == true, "\(run.output)")
        #expect(lines.contains { $0.contains(#"\x1b[2J\x1b]0;owned\x07\u{202e}X"#) }, "\(run.output)")
        #expect(lines.contains { $0.contains(#"\u{9b}6n"#) }, "\(run.output)")
    }

    @Test("a slip's file name stays inside DIR/out/, whatever the requisition number")
    func slipFileNameIsSafe() throws {
        let root = try Harness.temporaryFolder("slip-name")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let data = root + "/station"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let numbers = ["../../etc/x", "领用-2024-一"]
        let requisitions = "number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved\n"
            + numbers.map { "\($0),E2001,General Affairs,2024-03-01,pens,Manager Li,approved,ITM-PEN,1,1\n" }.joined()
        // The station is told these are requisition numbers, whatever their shape.
        try Harness.write("scan_patterns:\n  requisition: '^(\\.\\./\\.\\./etc/x|领用-2024-一)$'\n", to: data + "/station.yaml")
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: requisitions)
        try Harness.write("E1001\n" + numbers.map { "\($0)\n6901234000030\nE2001\n" }.joined(), to: data + "/session.txt")

        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.components(separatedBy: "Recorded: ").count == 3, "\(run.output)")

        // Every PDF under the root is a file directly in DIR/out/.
        let pdfs = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count == 2, "\(pdfs)")
        for pdf in pdfs {
            #expect(pdf.hasPrefix("station/out/") && !pdf.dropFirst("station/out/".count).contains("/"), "\(pdf)")
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/etc"), "a slip was written outside DIR/out/")
        #expect(pdfs.contains { $0.hasPrefix("station/out/______etc_x-") }, "\(pdfs)")
        #expect(pdfs.contains { $0.hasPrefix("station/out/领用-2024-一-") }, "\(pdfs)")
    }

    @Test("the kiosk screen shows an imported name's escape sequences instead of obeying them")
    func kioskScreenEscapes() throws {
        let data = try Harness.temporaryFolder("escape-screen")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let people = Storeroom.people.replacingOccurrences(of: "E1001,王库管,", with: "E1001,王\u{1B}[2J\u{1B}[31m库管\u{202E},")
        try Harness.importAll(data: data, people: people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
        ], environment: ["TERM": "linux"])
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        try pane.scan("E1001")
        // Obeyed, ESC[2J would have cleared the screen and no backslash would show.
        let screen = try pane.waitFor(#"Signed in: 王\x1b[2J\x1b[31m库管\u{202e}"#)
        for line in screen { #expect(line.count <= 80) }
    }

    @Test("printers lists job titles, queues and CUPS errors escaped")
    func printersEscapesJobTitles() throws {
        let data = try Harness.temporaryFolder("escape-printers")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        // A failed job as the spooler records one: its title from outside (a number, a template
        // name), its error as CUPS worded it. The scanner path cannot make such a title (the
        // classifier refuses codes with controls), so the row is written directly.
        _ = try Harness.sql(data + "/station.sqlite", """
            insert into print_job (id, created, queue, format, title, payload, size, state, attempts, last_error, not_before, updated)
            values ('00000000-0000-4000-8000-000000000001', 0, 'qm-slips' || char(155) || '2J', 'application/pdf',
                    'Pickup slip YPQ-2024-001' || char(27) || '[2J' || char(8238), x'25', 1, 'failed', 1,
                    'the printer said ' || char(27) || ']0;owned' || char(7) || char(8294), 0, 0)
            """)
        // No scheduler: its error line is printed too.
        let printers = try Harness.run(Harness.binary, ["printers", "--data", data], environment: ["CUPS_SERVER": data + "/no-cupsd.sock"])
        Self.expectInert(printers.output + printers.error, "printers output")
        #expect(printers.output.contains(#"qm-slips\u{9b}2J  Pickup slip YPQ-2024-001\x1b[2J\u{202e}"#), "\(printers.output)")
        #expect(printers.output.contains(#"the printer said \x1b]0;owned\x07\u{2066}"#), "\(printers.output)")
    }

    @Test("scan listen reports a device node's name escaped")
    func scanListenEscapesNames() throws {
        let folder = try Harness.temporaryFolder("escape-listen")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.write("not a device", to: folder + "/event3\u{1B}[2J\u{202E}")
        let run = try Harness.run(Harness.binary, ["scan", "listen", "--input-directory", folder, "--for", "0.5"])
        #expect(run.status == 0, "\(run.error)")
        Self.expectInert(run.output + run.error, "scan listen output")
        #expect(run.error.contains(#"left alone: \#(folder)/event3\x1b[2J\u{202e}"#), "\(run.error)")
    }
}
