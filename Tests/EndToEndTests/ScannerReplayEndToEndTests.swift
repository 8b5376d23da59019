import Foundation
import Testing

/// The kiosk driven by a scanner recording instead of typed input: the same pickup as
/// `wholePickupInATerminal`, recorded from a scanner set to the German layout, decoded through
/// xkb, and fed to the engine as complete scans.
@Suite(.serialized) struct ScannerReplayEndToEndTests {
    @Test func wholePickupFromAScannerRecordingInATerminal() throws {
        let data = try Harness.temporaryFolder("replay")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)

        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            Harness.binary, "kiosk", "--data", data, "--station", "E2E", "--language", "en",
            "--scanner-replay", PickupChecks.germanPickupRecording, "--scanner-layout", "de",
            "--replay-delay", "150",
        ], environment: ["TERM": "linux", "TZ": "UTC"])
        defer { pane.kill() }

        let after = try pane.waitFor("Recorded: YPQ-2024-001 collected by 张三", timeout: 30)
        #expect(after.joined(separator: "\n").contains("Recorded: YPQ-2024-001 collected by 张三"), "\(after.joined(separator: "\n"))")
        #expect(after.joined().contains("2 line(s) stay on backorder"), "\(after.joined(separator: "\n"))")
        try pane.waitFor("Slip: ")
        for line in after { #expect(line.count <= 80) }

        try pane.press("C-c")
        let deadline = Date().addingTimeInterval(5)
        while try !pane.exited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(try pane.exited(), "Ctrl+C quits the kiosk")

        try PickupChecks.expectPickupRecorded(data: data)
    }

    @Test func wholePickupFromAScannerRecordingWithoutATerminal() throws {
        let data = try Harness.temporaryFolder("replay-script")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let run = try Harness.run(Harness.binary, [
            "kiosk", "--data", data, "--station", "E2E", "--language", "en",
            "--scanner-replay", PickupChecks.germanPickupRecording, "--scanner-layout", "de",
            "--script", "/dev/null",
        ])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 10, "\(run.output)")
        #expect(lines.first?.contains("王库管") == true, "\(run.output)")
        #expect(lines.contains { $0.contains("Too many \"中性笔 gel pen\": only 0 more") }, "\(run.output)")
        #expect(lines.contains { $0.contains("Wang Wu is neither the applicant") }, "\(run.output)")
        #expect(lines.last?.contains("Recorded: YPQ-2024-001 collected by 张三.") == true, "\(run.output)")
        try PickupChecks.expectPickupRecorded(data: data)
    }

    @Test func sameRecordingReadAsUSRecordsNothing() throws {
        // The wrong layout turns the German scanner's "YPQ-2024-001" into "ZPQ/2024/001": nothing is recorded.
        let data = try Harness.temporaryFolder("replay-us")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let run = try Harness.run(Harness.binary, [
            "kiosk", "--data", data, "--station", "E2E", "--language", "en",
            "--scanner-replay", PickupChecks.germanPickupRecording, "--script", "/dev/null",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.output.contains("Recorded:"), "\(run.output)")
        #expect(try Harness.sql(data + "/station.sqlite", "select count(*) from stock_movement where kind='pickup'") == "0")
    }

    @Test func scanReplayPrintsEscapedScansAndJSON() throws {
        let fixtures = URL(fileURLWithPath: PickupChecks.germanPickupRecording).deletingLastPathComponent().path
        let plain = try Harness.run(Harness.binary, ["scan", "replay", fixtures + "/gs1-ctrl-bracket.evemu"])
        #expect(plain.status == 0, "\(plain.error)")
        #expect(plain.output == "]C10109501101530003172501011" + "0ABC123\\x1d21SN-42\n\\x1d0106901234000016\n")

        let json = try Harness.run(Harness.binary, ["scan", "replay", "--json", fixtures + "/gs1-alt-029.evemu", "--layout", "de"])
        #expect(json.status == 0, "\(json.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["aim"] as? String == "]C1")
        #expect(object["kind"] as? String == "item")
        #expect(object["gtin"] as? String == "09501101530003")
        #expect(object["escaped"] as? String == "]C10109501101530003172501011" + "0ABC123\\x1d21SN-42")
        let elements = try #require(object["gs1"] as? [[String: String]])
        #expect(elements.map { $0["ai"] ?? "" } == ["01", "17", "10", "21"])
        #expect(elements.map { $0["value"] ?? "" } == ["09501101530003", "250101", "ABC123", "SN-42"])

        let missing = try Harness.run(Harness.binary, ["scan", "replay", "/nonexistent.evemu"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("/nonexistent.evemu"))
    }

    @Test func scanListenLeavesNonDevicesAloneAndSaysWhy() throws {
        let folder = try Harness.temporaryFolder("listen")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Harness.write("not a device", to: folder + "/event3")
        let run = try Harness.run(Harness.binary, ["scan", "listen", "--input-directory", folder, "--for", "0.5"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.isEmpty)
        #expect(run.error.contains("left alone: \(folder)/event3"), "\(run.error)")
        #expect(run.error.contains("is not an input device"), "\(run.error)")
        #expect(run.error.contains("No scanner yet"), "\(run.error)")

        let missing = try Harness.run(Harness.binary, ["scan", "listen", "--input-directory", folder + "/none", "--for", "0.1"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("has no input devices"), "\(missing.error)")
    }
}
