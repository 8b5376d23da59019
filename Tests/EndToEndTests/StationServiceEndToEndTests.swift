import Foundation
import QuartermasterTesting
import Testing

/// `quartermaster run --config FILE` as systemd runs it, on the real binary in a real terminal:
/// READY and WATCHDOG over NOTIFY_SOCKET, metrics scraped after scans, and SIGTERM in the
/// middle of a pickup leaving the database whole and the terminal as it was.
@Suite(.serialized) struct StationServiceEndToEndTests {
    /// A data folder with the storeroom, and a config file pointing at it.
    static func station(_ name: String, extra: String = "") throws -> (data: String, config: String) {
        let data = try Harness.temporaryFolder(name)
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        let config = data + "/station.yaml"
        try Harness.write("data: \(data)\nstation: E2E\nlanguage: en\nlog_level: debug\n" + extra, to: config)
        return (data, config)
    }

    /// The binary in an 80×24 pane, its log lines (stderr) in `log`. With `after`, a shell
    /// runs the binary and then that command on the same terminal (the binary is then the
    /// shell's child: `station(in:)`).
    static func start(config: String, log: String, environment: [String: String], after: String? = nil, binary: String = Harness.binary) throws -> TmuxPane {
        let quoted = [binary, "run", "--config", config].map { "'\($0)'" }.joined(separator: " ")
        let script = after.map { "\(quoted) 2>'\(log)'; \($0)" } ?? "exec \(quoted) 2>'\(log)'"
        return try TmuxPane(columns: 80, rows: 24, command: ["/bin/sh", "-c", script],
                            environment: environment.merging(["TERM": "xterm", "TZ": "UTC"]) { a, _ in a })
    }

    /// The station's pid when a shell runs it (`start(after:)`): the shell's child.
    static func station(in pane: TmuxPane) throws -> pid_t {
        let children = try String(contentsOfFile: "/proc/\(pane.programID)/task/\(pane.programID)/children", encoding: .utf8)
        return try #require(children.split(separator: " ").compactMap { pid_t($0) }.first, "the shell runs the station")
    }

    @Test(arguments: ["path", "abstract"])
    func readyThenWatchdogThenStoppingOnTheNotifySocket(_ kind: String) throws {
        let (data, config) = try Self.station("notify-\(kind)")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let name = kind == "abstract" ? "@qm-notify-\(UUID().uuidString.prefix(8))" : data + "/notify.sock"
        let socket = try NotifySocket(name: name)
        let pane = try Self.start(config: config, log: data + "/log", environment: ["NOTIFY_SOCKET": name, "WATCHDOG_USEC": "400000"])
        defer { pane.kill() }

        var seen: [String] = []
        #expect(socket.wait(for: "READY=1", timeout: 15, seen: &seen), "no READY=1: \(seen) \(Self.log(data))")
        // READY once the kiosk is on screen.
        try pane.waitFor("Scan your badge", timeout: 1)
        // WATCHDOG at half of WATCHDOG_USEC: several within a second and a half.
        var pings = 0
        let deadline = Date().addingTimeInterval(1.5)
        while Date() < deadline, let message = socket.receive(timeout: 0.5) {
            if message == "WATCHDOG=1" { pings += 1 }
        }
        #expect(pings >= 2, "WATCHDOG=1 arrived \(pings) times in 1.5 s")
        kill(pane.programID, SIGTERM)
        #expect(socket.wait(for: "STOPPING=1", timeout: 10, seen: &seen), "no STOPPING=1: \(seen)")
        #expect(TmuxPane.ends(pane.programID, within: 10), "SIGTERM stops the station")
    }

    @Test func metricsScrapedFromTheRunningStationAfterScans() throws {
        let (data, config) = try Self.station("metrics", extra: "metrics_listen: \"127.0.0.1:0\"\n")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let socket = try NotifySocket(name: data + "/notify.sock")
        let pane = try Self.start(config: config, log: data + "/log", environment: ["NOTIFY_SOCKET": socket.name])
        defer { pane.kill() }
        var seen: [String] = []
        #expect(socket.wait(for: "READY=1", timeout: 15, seen: &seen), "no READY=1: \(Self.log(data))")
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        try pane.scan("NO-SUCH-CODE-42")
        try pane.waitFor("NO-SUCH-CODE-42")
        let port = try #require(Self.metricsPort(data), "the log names the metrics address: \(Self.log(data))")
        let text = try Self.get("/metrics", port: port)
        #expect(text.hasPrefix("HTTP/1.0 200 OK"), "\(text)")
        #expect(text.contains("quartermaster_scans_total 2"), "\(text)")
        #expect(text.contains("quartermaster_refusals_total 1"), "\(text)")
        #expect(text.contains("quartermaster_print_jobs{state=\"pending\"} 0"), "\(text)")
        #expect(text.contains("quartermaster_sync_backlog 0"), "\(text)")
        #expect(text.contains("quartermaster_scanners_connected 0"), "\(text)")
        kill(pane.programID, SIGTERM)
        #expect(TmuxPane.ends(pane.programID, within: 10))
    }

    @Test func sigtermInTheMiddleOfAPickupLeavesTheDatabaseWholeAndTheTerminalRestored() throws {
        let (data, config) = try Self.station("sigterm")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let database = data + "/station.sqlite"
        let statusBefore = try Harness.sql(database, "SELECT status FROM requisition WHERE number = 'YPQ-2024-001'")
        let stockBefore = try Harness.sql(database, "SELECT group_concat(stock) FROM (SELECT stock FROM item ORDER BY code)")
        // After the station, the same terminal's settings are written down, then the shell waits.
        let pane = try Self.start(config: config, log: data + "/log", environment: [:],
                                  after: "echo status=$? >'\(data)/after'; stty -a >>'\(data)/after'; echo shell-prompt; sleep 60")
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        let station = try Self.station(in: pane)
        #expect(try Self.format(pane, "#{alternate_on}") == "1", "the kiosk draws on the alternate screen")
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        try pane.scan("YPQ-2024-001")
        try pane.waitFor("Requisition YPQ-2024-001")
        try pane.scan("6901234000016")
        try pane.waitFor("A4 复印纸")
        // Scans made, the pickup not confirmed: the station is stopped.
        kill(station, SIGTERM)
        #expect(TmuxPane.ends(station, within: 10), "SIGTERM stops the station")
        try pane.waitFor("shell-prompt")
        // The terminal is back: the shell's screen, the cursor, cooked mode with echo and signals.
        #expect(try Self.format(pane, "#{alternate_on}") == "0", "the alternate screen is left")
        #expect(try Self.format(pane, "#{cursor_flag}") == "1", "the cursor is shown again")
        let after = try String(contentsOfFile: data + "/after", encoding: .utf8)
        #expect(after.hasPrefix("status=0"), "a clean exit: \(after)")
        let modes = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        for mode in ["icanon", "echo", "isig", "icrnl", "ixon"] {
            #expect(modes.contains(Substring(mode)), "\(mode) is back on: \(after)")
        }
        // Nothing half-written: the file is whole, nothing was recorded, the stock is untouched.
        #expect(try Harness.sql(database, "PRAGMA integrity_check") == "ok")
        #expect(try Harness.sql(database, "SELECT status FROM requisition WHERE number = 'YPQ-2024-001'") == statusBefore)
        #expect(try Harness.sql(database, "SELECT group_concat(stock) FROM (SELECT stock FROM item ORDER BY code)") == stockBefore)
        #expect(Self.log(data).contains("kiosk stopped"), Comment(rawValue: Self.log(data)))
    }

    /// The slip of a pickup is drawn by a child (`quartermaster draw`): the station itself never
    /// loads cairo or Pango. Checked on a copy of the binary without them in DT_NEEDED, as
    /// packaged (they are opened on first use, Sources/CLazyLibraries), so that only a drawing in
    /// the station's own process would bring them into its memory map.
    @Test func theRunningStationDrawsItsSlipInAChildAndNeverLoadsTheRenderingLibraries() throws {
        let (data, config) = try Self.station("draw-child")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let binary = data + "/quartermaster"
        try FileManager.default.copyItem(atPath: Harness.binary, toPath: binary)
        let rendering = [
            "libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libcairo.so.2", "libgobject-2.0.so.0", "libglib-2.0.so.0",
            "libharfbuzz.so.0", "libzbar.so.0", "libjpeg.so.62", "libxlsxwriter.so.4",
        ]
        let patched = try ChildProcess.run(try ChildProcess.which("patchelf"), rendering.flatMap { ["--remove-needed", $0] } + [binary])
        try #require(patched.status == 0, "patchelf: \(patched.error)")
        let pane = try Self.start(config: config, log: data + "/log", environment: [:], binary: binary)
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        let station = pane.programID
        for (scan, answer) in [("E1001", "Signed in: 王库管"), ("YPQ-2024-001", "Requisition YPQ-2024-001"), ("6901234000030", "中性笔"), ("E2001", "Recorded")] {
            try pane.scan(scan)
            try pane.waitFor(answer)
        }
        let deadline = Date().addingTimeInterval(20)
        var slips: [String] = []
        while slips.isEmpty, Date() < deadline {
            slips = ((try? FileManager.default.contentsOfDirectory(atPath: data + "/out")) ?? []).filter { $0.hasSuffix(".pdf") }
            if slips.isEmpty { Thread.sleep(forTimeInterval: 0.1) }
        }
        let slip = try #require(slips.first, "the slip is written: \(Self.log(data))")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: data + "/out/" + slip))
        #expect(pdf.starts(with: Data("%PDF-".utf8)) && pdf.count > 1_000)
        // Read to the end: String(contentsOfFile:) returns only a /proc file's first chunk.
        let maps = String(decoding: try #require(FileHandle(forReadingAtPath: "/proc/\(station)/maps")).readDataToEndOfFile(), as: UTF8.self)
        #expect(maps.contains("libcups.so"), "the map is the station's: it prints through libcups")
        for library in ["libcairo.so", "libpango-1.0.so", "libfontconfig.so", "libfreetype.so"] {
            #expect(!maps.contains(library), "the station loaded \(library): the slip was drawn in its own process")
        }
        #expect(TmuxPane.isRunning(station), "the station runs on")
    }

    @Test func sigtermWhileASlipWaitsKeepsTheJobAndTheNextStartPrintsItOnce() throws {
        let printer = try RawPrinterListener()
        defer { printer.stop() }
        let cupsd = try PrintTestCupsd(rawPort: printer.port)
        defer { cupsd.stop() }
        let (data, config) = try Self.station("sigterm-print", extra: "printers:\n  slip: qm-pdf\nmetrics_listen: \"127.0.0.1:0\"\n")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let database = data + "/station.sqlite"
        #expect(try cupsd.admin("cupsdisable", ["-r", "paper out", "qm-pdf"]).status == 0)

        let first = try Self.start(config: config, log: data + "/log", environment: cupsd.environment)
        defer { first.kill() }
        try first.waitFor("Scan your badge")
        for code in ["E1001", "YPQ-2024-001", "6901234000016", "E2001"] { try first.scan(code) }
        try first.waitFor("Recorded: YPQ-2024-001")
        try first.waitFor("Printer qm-pdf is stopped")
        // The slip is queued and the printer out of paper: the station is stopped.
        kill(first.programID, SIGTERM)
        #expect(TmuxPane.ends(first.programID, within: 10), "SIGTERM stops the station")
        #expect(try Self.format(first, "#{alternate_on}") == "0", "the terminal is restored")
        #expect(try Harness.sql(database, "PRAGMA integrity_check") == "ok")
        let kept = try Harness.sql(database, "SELECT count(*) || ' ' || state FROM print_job")
        #expect(kept == "1 pending" || kept == "1 submitted", "the job is kept as it was: \(kept)")
        #expect(try Harness.sql(database, "SELECT count(*) FROM print_job WHERE payload IS NULL") == "0", "its bytes are kept")
        first.kill()

        // Paper back in, the station started again: the slip prints, once.
        #expect(try cupsd.admin("cupsenable", ["qm-pdf"]).status == 0)
        let second = try Self.start(config: config, log: data + "/log", environment: cupsd.environment)
        defer { second.kill() }
        try second.waitFor("Scan your badge")
        let deadline = Date().addingTimeInterval(30)
        while try Harness.sql(database, "SELECT state FROM print_job") != "completed", Date() < deadline {
            try cupsd.checkAlive("while the restarted station sent the slip")
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(try Harness.sql(database, "SELECT state FROM print_job") == "completed")
        Thread.sleep(forTimeInterval: 2)  // the window in which a second copy would arrive
        #expect(cupsd.pdfJobs().count == 1, "exactly one slip: \(cupsd.pdfJobs())")
        // The metrics name the states the queue really has (the restart wrote a new log).
        let port = try #require(Self.metricsPort(data), "the log names the metrics address: \(Self.log(data))")
        let text = try Self.get("/metrics", port: port)
        #expect(text.contains("quartermaster_print_jobs{state=\"completed\"} 1"), "\(text)")
        #expect(text.contains("quartermaster_print_jobs{state=\"cancelled\"} 0"), "\(text)")
        #expect(!text.contains("state=\"done\""), "\(text)")
    }

    /// Point 7 of issue 11: a pickup's scans survive a SIGKILL (a crash, a power cut). After
    /// the restart the keeper signs in, is told what came back, and the recipient confirms: the
    /// stock drops once and one slip is written.
    @Test func aHalfDonePickupComesBackAfterSigkillAndIsRecordedOnce() throws {
        let (data, config) = try Self.station("resume")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let database = data + "/station.sqlite"
        let first = try Self.start(config: config, log: data + "/log", environment: [:])
        defer { first.kill() }
        try first.waitFor("Scan your badge")
        try first.scan("E1001")
        try first.waitFor("Signed in: 王库管")
        try first.scan("YPQ-2024-001")
        try first.waitFor("Requisition YPQ-2024-001")
        try first.scan("6901234000016")
        try first.waitFor("(1 of 10)")
        try first.scan("6901234000030")
        try first.waitFor("(1 of 2)")
        // Two items on the screen, no badge yet: the power goes.
        #expect(kill(first.programID, SIGKILL) == 0)
        #expect(TmuxPane.ends(first.programID, within: 10), "SIGKILL ends the station")
        first.kill()
        #expect(try Harness.sql(database, "SELECT group_concat(stock) FROM (SELECT stock FROM item ORDER BY code)") == "40,20,1", "nothing recorded yet")

        let second = try Self.start(config: config, log: data + "/log", environment: [:])
        defer { second.kill() }
        try second.waitFor("Scan your badge")
        #expect(try !second.screen().joined().contains("resumed"), "the pickup is the keeper's: it comes back once one signs in")
        try second.scan("E1001")
        let back = try second.waitFor("Pickup YPQ-2024-001 resumed: 2 items scanned.").joined(separator: "\n")
        #expect(back.contains("A4 复印纸"), "the lines show what was picked: \(back)")
        try second.scan("6901234000016")
        try second.waitFor("(2 of 10)")
        try second.scan("E2001")
        try second.waitFor("Recorded: YPQ-2024-001")
        #expect(try Harness.sql(database, "SELECT group_concat(stock) FROM (SELECT stock FROM item ORDER BY code)") == "38,19,1", "the stock dropped once")
        #expect(try Harness.sql(database, "SELECT count(*) FROM journal WHERE kind = 'pickup.confirmed'") == "1")
        kill(second.programID, SIGTERM)
        #expect(TmuxPane.ends(second.programID, within: 10))
        let slips = try FileManager.default.contentsOfDirectory(atPath: data + "/out").filter { $0.hasPrefix("YPQ-2024-001-") && $0.hasSuffix(".pdf") }
        #expect(slips.count == 1, "one slip: \(slips)")
        #expect(try Harness.sql(database, "SELECT count(*) FROM open_pickup") == "0", "nothing is left open")

        // Started again: nothing comes back.
        let third = try Self.start(config: config, log: data + "/log", environment: [:])
        defer { third.kill() }
        try third.waitFor("Scan your badge")
        try third.scan("E1001")
        try third.waitFor("Signed in: 王库管")
        #expect(try !third.screen().joined().contains("resumed"))
    }

    /// The line under the status bar follows the sync client as its state changes, with no key
    /// pressed and no polling: enrolled with a centre nobody answers at, the station shows the
    /// client's first pass failing ("offline") within seconds, not at the next minute's redraw.
    @Test func theSyncLineFollowsTheClientWithNoKeyPressed() throws {
        let (data, config) = try Self.station("sync-line")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let database = data + "/station.sqlite"
        _ = try Harness.sql(database, "INSERT INTO sync_link (id, centre_url, station_name, token) VALUES (1, 'http://127.0.0.1:9', 'E2E', 'secret')")
        let pane = try Self.start(config: config, log: data + "/log", environment: [:])
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        let minute = Calendar.current.component(.minute, from: Date())
        let screen = try pane.waitFor("Sync: offline", timeout: 8).joined(separator: "\n")
        #expect(screen.contains("unsent"), "\(screen)")
        if Calendar.current.component(.minute, from: Date()) != minute {
            print("note: the minute changed while waiting; the clock's redraw may have shown the line")
        }
        kill(pane.programID, SIGTERM)
        #expect(TmuxPane.ends(pane.programID, within: 10))
    }

    // MARK: Helpers

    static func log(_ data: String) -> String {
        (try? String(contentsOfFile: data + "/log", encoding: .utf8)) ?? ""
    }

    static func format(_ pane: TmuxPane, _ format: String) throws -> String {
        try Harness.run("tmux", ["-S", pane.socket, "display-message", "-p", "-t", pane.session, format]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func metricsPort(_ data: String) -> UInt16? {
        guard let range = log(data).range(of: "address=127.0.0.1:") else { return nil }
        return UInt16(log(data)[range.upperBound...].prefix { $0.isNumber })
    }

    /// One HTTP GET on 127.0.0.1:port, the whole response.
    static func get(_ path: String, port: UInt16) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw NotifySocket.Failure(message: "connect to metrics port \(port) failed") }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: localhost\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            response += buffer[..<count]
        }
        return String(decoding: response, as: UTF8.self)
    }
}
