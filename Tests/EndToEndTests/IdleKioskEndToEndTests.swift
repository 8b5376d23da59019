import Foundation
import QuartermasterTesting
import Testing

/// The idle kiosk sleeps: traced with strace on the real binary in a real terminal, a few idle
/// seconds show no open of station.yaml (it is read at start and on SIGHUP only), no redraw
/// (the clock redraws when its minute changes) and no database access.
@Suite(.serialized) struct IdleKioskEndToEndTests {
    @Test func anIdleKioskOpensNothingAndDrawsOnlyWhenTheMinuteChanges() throws {
        let data = try Harness.temporaryFolder("idle")
        defer { try? FileManager.default.removeItem(atPath: data) }
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        try Harness.write("language: en\nidle_timeout: 120\n", to: data + "/station.yaml")
        let trace = data + "/trace"
        let strace = try Harness.which("strace")
        let pane = try TmuxPane(columns: 80, rows: 24, command: [
            strace, "-f", "-tt", "-e", "trace=open,openat,write,pread64,pwrite64", "-o", trace,
            Harness.binary, "kiosk", "--data", data, "--station", "E2E",
        ], environment: ["TERM": "xterm", "TZ": "UTC"])
        defer { pane.kill() }
        try pane.waitFor("Scan your badge")
        Thread.sleep(forTimeInterval: 1)  // the first frame and start-up reads are done
        let idleFrom = Date()
        Thread.sleep(forTimeInterval: 5)
        let idleTo = Date()
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let idle = lines.filter { line in
            guard let time = Self.time(of: line, on: idleFrom) else { return false }
            return time > idleFrom && time < idleTo
        }
        #expect(lines.contains { $0.contains("station.yaml") }, "the trace sees the start-up read of station.yaml")
        #expect(!idle.contains { $0.contains("station.yaml") }, "idle, station.yaml is not opened: \(idle)")
        #expect(!idle.contains { $0.contains("station.sqlite") || $0.contains("pread64(") }, "idle, the database is not read: \(idle)")
        // Redraws only right after a minute boundary inside the window, if there was one.
        let redraws = idle.filter { $0.contains(" write(") }.compactMap { Self.time(of: $0, on: idleFrom) }
        for redraw in redraws {
            let intoMinute = redraw.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
            #expect(intoMinute < 1, "a redraw \(intoMinute) s into the minute, not at its change: \(idle)")
        }
    }

    /// The wall-clock time of an `strace -f -tt` line (`PID HH:MM:SS.micro call…`), on `day`.
    static func time(of line: Substring, on day: Date) -> Date? {
        let fields = line.split(separator: " ", maxSplits: 2)
        guard fields.count >= 2 else { return nil }
        let parts = fields[1].split(separator: ":")
        guard parts.count == 3, let hours = Double(parts[0]), let minutes = Double(parts[1]), let seconds = Double(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let midnight = calendar.startOfDay(for: day)
        return midnight.addingTimeInterval(hours * 3600 + minutes * 60 + seconds)
    }
}
