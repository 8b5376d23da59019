import Foundation
import Testing

/// The whole pickup on the real binary in a real 80×24 terminal, typed as a scanner types,
/// then checked where it matters: the database file and the slip on paper.
@Suite(.serialized) struct KioskEndToEndTests {
    @Test func wholePickupInATerminal() throws {
        let data = try Harness.temporaryFolder("kiosk")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)

        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
        ], environment: ["TERM": "linux", "TZ": "UTC"])
        defer { pane.kill() }

        try pane.waitFor("Scan your badge")
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        try pane.scan("YPQ-2024-001")
        try pane.waitFor("Requisition YPQ-2024-001: 3 line(s)")
        try pane.scan("6")
        try pane.waitFor("Quantity ×6")
        try pane.scan("6901234000016")
        try pane.waitFor("+6 A4 复印纸 (6 of 10)")
        try pane.scan("6901234000030")
        try pane.scan("6901234000030")
        try pane.waitFor("+1 中性笔 gel pen (2 of 2)")
        // Refusals along the way: over-pick rings and changes nothing.
        try pane.scan("6901234000030")
        try pane.waitFor("Too many \"中性笔 gel pen\": only 0 more")
        try pane.scan("6901234000337")
        try pane.waitFor("+1 硒鼓 toner (1 of 2)")
        // Someone from another department cannot collect.
        try pane.scan("E3001")
        try pane.waitFor("Wang Wu is neither the applicant")

        let screen = try pane.screen()
        #expect(screen.count >= 24)
        #expect(screen.contains { $0.contains("A4 复印纸") && $0.hasSuffix("10     0     6     4") }, "\(screen.joined(separator: "\n"))")
        for line in screen { #expect(line.count <= 80) }

        try pane.scan("E2001")
        let after = try pane.waitFor("Recorded: YPQ-2024-001 collected by 张三")
        #expect(after.joined().contains("2 line(s) stay on backorder"), "\(after.joined(separator: "\n"))")
        try pane.waitFor("Slip: ")

        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the kiosk")

        // The database (stock, lines, status, movements, journal) and one slip in out/.
        try PickupChecks.expectPickupRecorded(data: data)

        // The slip: a PDF whose QR code reads back as the requisition number.
        let slip = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/out").first { $0.hasSuffix(".pdf") })
        try Harness.run("pdftoppm", ["-r", "150", "-png", "-singlefile", data + "/out/" + slip, data + "/slip"])
        let decoded = try Harness.run("zbarimg", ["-q", "--raw", data + "/slip.png"])
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "YPQ-2024-001")
        let text = try Harness.run("pdftotext", [data + "/out/" + slip, "-"]).output
        for field in ["张三", "General Affairs", "department printing", "Manager Li", "王库管", "E2E", "A4 复印纸", "70 g", "pack"] {
            #expect(text.contains(field), "the slip lacks \(field)")
        }
    }

    @Test func badImportIsReportedAndNothingIsImported() throws {
        let data = try Harness.temporaryFolder("import")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let file = data + "/items.csv"
        try Harness.write("""
            code,barcodes,name,spec,unit,category,stock,threshold,bin
            ITM-1,6901234000016,Paper,70 g,pack,stationery,10,2,A-01
            ITM-2,,Pens,0.5 mm,box,stationery,9223372036854775807,1,A-02
            ITM-3,6901234000017,Toner,,pcs,consumables,1,1,C-01

            """, to: file)
        let result = try Harness.run(Harness.binary, ["import", "items", file, "--data", data])
        #expect(result.status != 0)
        #expect(result.error.contains("items.csv:3"), "\(result.error)")
        #expect(result.error.contains(#"column "stock""#), "\(result.error)")
        #expect(result.error.contains("items.csv:4"), "every bad row is reported: \(result.error)")
        #expect(result.error.contains("Nothing was imported"))
        #expect(try Harness.sql(data + "/station.sqlite", "select count(*) from item") == "0")
        #expect(try Harness.sql(data + "/station.sqlite", "select count(*) from journal") == "0")
    }

    @Test func stockAdjustmentIsRecordedWithItsReason() throws {
        let data = try Harness.temporaryFolder("adjust")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let refused = try Harness.run(Harness.binary, ["stock", "adjust", "ITM-PEN", "--to", "17", "--reason", " ", "--data", data])
        #expect(refused.status != 0)
        #expect(refused.error.contains("--reason"), "\(refused.error)")
        let result = try Harness.run(Harness.binary, [
            "stock", "adjust", "6901234000030", "--to", "17", "--reason", "quarterly count: 3 boxes damaged",
            "--by", "E1001", "--data", data, "--station", "E2E",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("ITM-PEN 中性笔 gel pen: stock 20 → 17"), "\(result.output)")
        let db = data + "/station.sqlite"
        #expect(try Harness.sql(db, "select stock from item where code='ITM-PEN'") == "17")
        #expect(try Harness.sql(db, "select quantity || ':' || actor_badge || ':' || note from stock_movement where kind='adjustment' and item_code='ITM-PEN' and note like 'quarterly%'")
                == "-3:E1001:quarterly count: 3 boxes damaged")
        #expect(try Harness.sql(db, "select count(*) from journal where kind='stock.adjusted'") == "1")
    }

    @Test func exportsMovementsAsCSV() throws {
        let data = try Harness.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        try Harness.write("E1001\nYPQ-2024-001\n6901234000030\nE2001\n", to: data + "/session.txt")
        let run = try Harness.run(Harness.binary, ["kiosk", "--data", data, "--station", "E2E", "--script", data + "/session.txt", "--language", "en"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Recorded: YPQ-2024-001 collected by 张三."))
        let export = try Harness.run(Harness.binary, ["export", "movements", "--format", "csv", "--data", data, "--station", "E2E"])
        let lines = export.output.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasSuffix("time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note") == true)
        #expect(lines.contains { $0.contains(",pickup,ITM-PEN,-1,YPQ-2024-001,E1001,E2001,E2E,") }, "\(lines)")
    }
}

/// The README's demo command, as a new user meets it: the demo data, the codes to try, the kiosk.
@Suite struct DemoEndToEndTests {
    @Test func demoCreatesDataAndStartsTheKiosk() throws {
        let data = try Harness.temporaryFolder("demo")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let pane = try TmuxPane(columns: 80, rows: 24, command: [Harness.binary, "demo", "--data", data, "--language", "en"],
                                environment: ["TERM": "xterm"])
        defer { pane.kill() }
        let welcome = try pane.waitFor("Press Enter to start the kiosk")
        #expect(welcome.joined(separator: "\n").contains("keeper badge           E1001"))
        try pane.press("Enter")
        try pane.waitFor("Scan your badge")
        try pane.scan("E1001")
        try pane.scan("YPQ-2024-001")
        let screen = try pane.waitFor("3 line(s) to pick")
        #expect(screen.joined(separator: "\n").contains("A4 复印纸 copy paper"))
        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the demo kiosk")
        #expect(FileManager.default.fileExists(atPath: data + "/demo-csv/items.csv"))
        #expect(try Harness.sql(data + "/station.sqlite", "select count(*) from item") == "50")
    }
}

/// A camera that is not there (no camera on this machine): the kiosk says so and keeps working
/// with the keyboard. Capture from a real device could not be exercised here.
@Suite struct CameraWiringEndToEndTests {
    @Test func missingCameraIsReportedAndTheKioskKeepsWorking() throws {
        let data = try Harness.temporaryFolder("camera")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en", "--camera", "/nonexistent/video9",
        ], environment: ["TERM": "linux"])
        defer { pane.kill() }
        let screen = try pane.waitFor("Scanner unplugged: camera /nonexistent/video9")
        #expect(screen.first?.contains("NO SCANNER") == true, "\(screen.first ?? "")")
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the kiosk")
    }
}
