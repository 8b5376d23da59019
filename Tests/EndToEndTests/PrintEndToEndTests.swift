import Foundation
import QuartermasterTesting
import Testing

/// Printing on the real binary against a private cupsd: a slip confirmed at the kiosk comes
/// out of CUPS as a PDF whose QR reads back; labels reach a raw queue byte for byte, and a
/// Brother QL through Debian's own driver as raster whose QR reads back; a stopped queue delays
/// a job without losing or doubling it; a restart does not send a printed job again.
///
/// "Exactly once" is checked after the job reached its final state (the station records
/// `completed` only when CUPS says so), then by waiting a bounded window for a second copy.
/// The scheduler is checked after every print: a crash fails the test at once.
@Suite(.serialized) struct PrintEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let labels = ["QM_LABELS": packageRoot + "/labels"]

    // MARK: Slips

    @Test func confirmedPickupPrintsASlipWhoseQRDecodes() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-slip")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        try Harness.write("E1001\nYPQ-2024-001\n6901234000016\nE2001\n", to: data + "/pickup.txt")

        let result = try cupsd.run([
            "kiosk", "--data", data, "--station", "E2E", "--language", "en", "--script", data + "/pickup.txt",
            "--slip-printer", "qm-pdf", "--slip-paper", "80mm",
        ], environment: cupsd.environment)
        try cupsd.checkAlive("after the kiosk printed a slip")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("Slip: queued for qm-pdf"), "\(result.output)")
        #expect(!result.output.contains("still waiting"), "\(result.output)")

        let db = data + "/station.sqlite"
        #expect(try Harness.sql(db, "select state || ':' || (cups_job_id > 0) || ':' || (payload is null) from print_job") == "completed:1:1")
        #expect(try Harness.sql(db, "select title from print_job") == "Pickup slip YPQ-2024-001")
        #expect(!FileManager.default.fileExists(atPath: data + "/out"), "with a printer, no PDF files")
        // The driver is asked for the roll's width and the slip's own length, not its default A4.
        let media = try Harness.sql(db, "select json_extract(options, '$.media') from print_job")
        #expect(media.hasPrefix("Custom.80x") && media.hasSuffix("mm"), "\(media)")

        #expect(FileManager.default.fileExists(atPath: cupsd.pdfOutput), "CUPS wrote the slip")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        #expect(cupsd.pdfJobs().count == 1, "exactly one slip: \(cupsd.pdfJobs())")
        let info = try Harness.run("pdfinfo", [cupsd.pdfOutput]).output
        let sizeLine = info.split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
        let width = sizeLine.split(separator: " ").compactMap { Double($0) }.first ?? 0
        #expect((225...228).contains(width), "CUPS kept the 80 mm (226.8 pt) width: \(sizeLine)")
        try Harness.run("pdftoppm", ["-r", "150", "-png", "-singlefile", cupsd.pdfOutput, data + "/printed"])
        let decoded = try Harness.run("zbarimg", ["-q", "--raw", data + "/printed.png"])
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "YPQ-2024-001")
    }

    @Test func kioskShowsTheBacklogWhileTheSlipPrinterIsStopped() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-kiosk")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        #expect(try cupsd.admin("cupsdisable", ["-r", "paper out", "qm-pdf"]).status == 0)

        let pane = try TmuxPane(columns: 100, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en", "--slip-printer", "qm-pdf",
        ], environment: cupsd.environment.merging(["TERM": "linux"]) { $1 })
        defer { pane.kill() }
        let ready = try pane.waitFor("Scan your badge")
        #expect(ready.joined(separator: "\n").contains("Scan your badge"), "\(ready.joined(separator: "\n"))")
        for code in ["E1001", "YPQ-2024-001", "6901234000016", "E2001"] { try pane.scan(code) }
        let recorded = try pane.waitFor("Recorded: YPQ-2024-001")
        #expect(recorded.joined(separator: "\n").contains("Recorded: YPQ-2024-001"), "\(recorded.joined(separator: "\n"))")
        let waiting = try pane.waitFor("Printer qm-pdf is stopped")
        #expect(waiting.joined(separator: "\n").contains("Printer qm-pdf is stopped"), "\(waiting.joined(separator: "\n"))")
        #expect(waiting.contains { $0.contains("Printing: 1 waiting") }, "\(waiting.joined(separator: "\n"))")
        #expect(waiting.contains { $0.contains("Slip: queued for qm-pdf") })
        try cupsd.checkAlive("while the slip waited")

        // The counter keeps working while the printer is out of paper.
        try pane.scan("YPQ-2024-001")
        let reopened = try pane.waitFor("Requisition YPQ-2024-001")
        #expect(reopened.joined(separator: "\n").contains("Requisition YPQ-2024-001"), "the counter works: \(reopened.joined(separator: "\n"))")

        #expect(try cupsd.admin("cupsenable", ["qm-pdf"]).status == 0)
        let deadline = Date().addingTimeInterval(20)
        var screen = try pane.screen()
        while screen.contains(where: { $0.contains("Printing:") }), Date() < deadline {
            try cupsd.checkAlive("while the kiosk sent the slip")
            Thread.sleep(forTimeInterval: 0.2)
            screen = try pane.screen()
        }
        #expect(!screen.contains { $0.contains("Printing:") }, "\(screen.joined(separator: "\n"))")
        try cupsd.checkAlive("after the slip printed")
        #expect(try Harness.sql(data + "/station.sqlite", "select state from print_job") == "completed")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        #expect(cupsd.pdfJobs().count == 1, "exactly one slip: \(cupsd.pdfJobs())")
        try Harness.run("pdftoppm", ["-r", "150", "-png", "-singlefile", cupsd.pdfOutput, data + "/printed"])
        let decoded = try Harness.run("zbarimg", ["-q", "--raw", data + "/printed.png"])
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "YPQ-2024-001")
    }

    // MARK: Labels

    @Test func csvBatchIsOneJobWithProgress() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-batch")
        defer { try? FileManager.default.removeItem(atPath: data) }
        var csv = "tag,name\n"
        for n in 1...60 { csv += "FA-\(100_000 + n),资产 \(n)\n" }
        try Harness.write(csv, to: data + "/assets.csv")

        let result = try cupsd.run([
            "label", "print", "--template", "asset-62x29", "--csv", data + "/assets.csv", "--printer", "qm-pdf", "--data", data,
        ], environment: cupsd.environment.merging(Self.labels) { $1 })
        try cupsd.checkAlive("after printing a batch")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("Queued 60 label(s) as one PDF job"), "\(result.output)")
        #expect(result.error.contains("Rendered 60/60 labels"), "\(result.error)")
        #expect(try Harness.sql(data + "/station.sqlite", "select count(*) || ':' || max(state) from print_job") == "1:completed")
        let info = try Harness.run("pdfinfo", [cupsd.pdfOutput]).output
        #expect(info.contains("Pages:           60"), "\(info)")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        #expect(cupsd.pdfJobs().count == 1, "one job for the whole batch: \(cupsd.pdfJobs())")
    }

    @Test func labelReachesTheRawQueueByteForByteOnce() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-raw")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }
        let fields = ["--template", "asset-2x1in", "--set", "tag=FA-000123", "--set", "name=Pump 泵"]

        let reference = try cupsd.run(["label", "render"] + fields + ["--format", "zpl", "-o", data + "/ref.zpl"], environment: environment)
        #expect(reference.status == 0, "\(reference.output) \(reference.error)")
        let expected = try #require(FileManager.default.contents(atPath: data + "/ref.zpl"))

        let result = try cupsd.run(["label", "print"] + fields + ["--printer", "qm-raw", "--data", data], environment: environment)
        try cupsd.checkAlive("after printing a ZPL label")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("as one ZPL job"), "\(result.output)")
        #expect(result.output.contains("Printed: CUPS job"), "\(result.output)")
        #expect(try Harness.sql(data + "/station.sqlite", "select state from print_job") == "completed")
        #expect(printer.waitForDeliveries(1), "the label never arrived")
        #expect(!printer.waitForDeliveries(2, timeout: 2), "a second copy arrived")
        #expect(printer.bytes == [UInt8](expected))
    }

    @Test func escposRasterReachesTheRawQueueByteForByteOnce() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-escpos")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }
        let fields = ["--template", "mode-card"]

        let reference = try cupsd.run(["label", "render"] + fields + ["--format", "escpos", "-o", data + "/ref.bin"], environment: environment)
        #expect(reference.status == 0, "\(reference.output) \(reference.error)")
        let expected = try #require(FileManager.default.contents(atPath: data + "/ref.bin"))
        #expect(expected.starts(with: [0x1B, 0x40]), "ESC @ first")
        #expect(expected.contains(0x1D), "GS v 0 raster")

        let result = try cupsd.run(["label", "print"] + fields + ["--printer", "qm-raw", "--format", "escpos", "--data", data], environment: environment)
        try cupsd.checkAlive("after printing an ESC/POS card")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("Printed: CUPS job"), "\(result.output)")
        #expect(try Harness.sql(data + "/station.sqlite", "select state from print_job") == "completed")
        #expect(printer.waitForDeliveries(1), "the card never arrived")
        #expect(!printer.waitForDeliveries(2, timeout: 2), "a second copy arrived")
        let identical = printer.bytes == [UInt8](expected)
        #expect(identical, "the printer received \(printer.bytes.count) bytes, the rendering has \(expected.count)")
    }

    @Test func labelOnTheDriverQueueIsAPDFWhoseQRDecodes() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-pdf")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try cupsd.run([
            "label", "print", "--template", "asset-62x29", "--set", "tag=FA-000123", "--set", "name=张三的笔记本",
            "--printer", "qm-pdf", "--data", data,
        ], environment: cupsd.environment.merging(Self.labels) { $1 })
        try cupsd.checkAlive("after printing a PDF label")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("as one PDF job"), "\(result.output)")
        try Harness.run("pdftoppm", ["-r", "300", "-png", "-singlefile", cupsd.pdfOutput, data + "/label"])
        let decoded = try Harness.run("zbarimg", ["-q", "--raw", data + "/label.png"])
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "FA-000123")
    }

    @Test func assetLabelThroughDebiansBrotherQLDriverArrivesAsRasterWhoseQRDecodes() throws {
        // An office's Brother QL-800 on Debian's own driver (printer-driver-ptouch: foomatic-rip,
        // Ghostscript, rastertoptch), its output caught where the printer would be.
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let labelPrinter = try RawPrinterListener()
        defer { labelPrinter.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port, labelPort: labelPrinter.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-ql800")
        defer { try? FileManager.default.removeItem(atPath: data) }

        let result = try cupsd.run([
            "label", "print", "--template", "asset-62x29", "--set", "tag=FA-000123", "--set", "name=张三的笔记本",
            "--printer", "qm-ql800", "--data", data, "--timeout", "120",
        ], environment: cupsd.environment.merging(Self.labels) { $1 })
        try cupsd.checkAlive("after printing through the Brother QL driver")
        #expect(result.status == 0, "\(result.output) \(result.error)")
        #expect(result.output.contains("as one PDF job"), "a driver queue gets PDF: \(result.output)")
        #expect(result.output.contains("Printed: CUPS job"), "\(result.output)")
        #expect(labelPrinter.waitForDeliveries(1), "the driver's output never arrived")
        #expect(!labelPrinter.waitForDeliveries(2, timeout: 2), "a second copy arrived")
        #expect(printer.deliveries == 0)

        let raster = try BrotherRaster(labelPrinter.bytes)
        #expect(raster.invalidate >= 200, "Brother raster starts with an invalidate run: \(raster.invalidate) NUL bytes")
        #expect(raster.command("a") == [0x01], "ESC i a 1: raster mode")
        let announced = try #require(raster.announced)
        #expect(announced.widthMM == 62, "62 mm tape")
        #expect(announced.rows == raster.rows.count, "the rows it announced are the rows it sent")
        // 29 mm at 300 dpi less the driver's unprintable margins (ImageableArea 8.4–73.6 pt).
        #expect((250...345).contains(raster.rows.count), "\(raster.rows.count) rows")
        #expect(raster.rows.allSatisfy { $0.count == 90 }, "720 dots across")
        #expect(raster.endsWithPrint)

        try raster.pbm().write(to: URL(fileURLWithPath: data + "/label.pbm"))
        let decoded = try Harness.run("zbarimg", ["-q", "--raw", data + "/label.pbm"])
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "FA-000123", "\(decoded.output) \(decoded.error)")
    }

    // MARK: Offline and restarts

    @Test func stoppedQueueKeepsTheJobThenPrintsItExactlyOnce() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-offline")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = cupsd.environment.merging(Self.labels) { $1 }
        #expect(try cupsd.admin("cupsdisable", ["-r", "label roll empty", "qm-raw"]).status == 0)

        let waited = try cupsd.run([
            "label", "print", "--template", "asset-2x1in", "--set", "tag=FA-000777", "--printer", "qm-raw",
            "--data", data, "--timeout", "3",
        ], environment: environment)
        try cupsd.checkAlive("after queueing for a stopped printer")
        #expect(waited.status != 0)
        #expect(waited.output.contains("Printer qm-raw is stopped"), "\(waited.output)")
        #expect(waited.error.contains("stays in the station's print queue"), "\(waited.error)")

        let listing = try cupsd.run(["printers", "--data", data], environment: environment)
        #expect(listing.status == 0, "\(listing.output) \(listing.error)")
        #expect(listing.output.contains("qm-raw"))
        #expect(listing.output.contains("stopped"))
        #expect(listing.output.contains("paused"))
        #expect(listing.output.contains("1 waiting"), "\(listing.output)")
        #expect(printer.deliveries == 0)

        #expect(try cupsd.admin("cupsenable", ["qm-raw"]).status == 0)
        let sent = try cupsd.run(["printers", "--send", "--data", data, "--timeout", "30"], environment: environment)
        try cupsd.checkAlive("after sending the waiting job")
        #expect(sent.output.contains("0 job(s) still waiting"), "\(sent.output) \(sent.error)")
        #expect(try Harness.sql(data + "/station.sqlite", "select state from print_job") == "completed")
        #expect(printer.waitForDeliveries(1), "the label never arrived")

        // Once more: nothing is sent again.
        let again = try cupsd.run(["printers", "--send", "--data", data, "--timeout", "2"], environment: environment)
        #expect(again.status == 0, "\(again.output) \(again.error)")
        #expect(again.output.contains("0 job(s) still waiting"), "\(again.output) \(again.error)")
        #expect(!printer.waitForDeliveries(2, timeout: 2), "exactly once: a second copy arrived")
    }

    @Test func jobThatPrintedBeforeARestartIsNotSentAgain() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let data = try Harness.temporaryFolder("print-restart")
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try cupsd.run(["db", "migrate", "--data", data]).status == 0)

        // The station sent this job and CUPS printed it; the station died before it heard.
        let id = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
        try Harness.write("^XA^FO50,50^FDQM-RESTART^FS^XZ\n", to: data + "/label.zpl")
        let lp = try cupsd.admin("lp", ["-d", "qm-raw", "-o", "raw", "-t", "qm-\(id) restart label", data + "/label.zpl"])
        #expect(lp.status == 0, "\(lp.output) \(lp.error)")
        let cupsJob = try #require(lp.output.split(separator: " ").first { $0.hasPrefix("qm-raw-") }.flatMap { Int($0.dropFirst("qm-raw-".count)) })
        #expect(try cupsd.waitForCompletion(of: cupsJob, on: "qm-raw"), "CUPS never completed job \(cupsJob)")
        #expect(printer.waitForDeliveries(1), "the label never arrived")

        _ = try Harness.sql(data + "/station.sqlite", """
            insert into print_job (id, created, queue, format, title, options, payload, size, state, cups_job_id, attempts, not_before, updated)
            values ('\(id)', 1700000000000, 'qm-raw', 'application/vnd.cups-raw', 'restart label', '{}', x'5e58415e58', 5,
                    'submitted', \(cupsJob), 0, 1700000000000, 1700000000000)
            """)
        let sent = try cupsd.run(["printers", "--send", "--data", data, "--timeout", "20"], environment: cupsd.environment)
        try cupsd.checkAlive("after the restarted station looked at its job")
        #expect(sent.output.contains("0 job(s) still waiting"), "\(sent.output) \(sent.error)")
        #expect(try Harness.sql(data + "/station.sqlite", "select state || ':' || cups_job_id from print_job") == "completed:\(cupsJob)")
        #expect(!printer.waitForDeliveries(2, timeout: 2), "not sent again: a second copy arrived")
    }
}
