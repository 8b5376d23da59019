import Foundation
import QuartermasterTesting

/// A private CUPS scheduler for the end-to-end printing tests (`scripts/cupsd-test`), with
/// queues `qm-pdf` (PDF to DIR/out/qm-pdf.pdf), `qm-raw` (socket to 127.0.0.1:PORT) and, given
/// a label port, `qm-ql800` (Debian's Brother QL-800 driver, socket to 127.0.0.1:LABEL_PORT).
///
/// Its process is watched: `checkAlive` throws "the scheduler crashed" the moment it is gone,
/// so a test says so at once instead of waiting out its timeouts.
final class PrintTestCupsd {
    let directory: String
    /// The scheduler's process id (DIR/cupsd.pid).
    let pid: Int32
    var socketPath: String { directory + "/cups.sock" }
    var pdfOutput: String { directory + "/out/qm-pdf.pdf" }
    /// The PDFs `qm-pdf` wrote, one file per CUPS job (DIR/out/qm-pdf-JOBID.pdf).
    func pdfJobs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/out")) ?? [])
            .filter { $0.hasPrefix("qm-pdf-") && $0.hasSuffix(".pdf") }.sorted()
    }
    /// What the station's commands need to reach this scheduler.
    var environment: [String: String] { ["CUPS_SERVER": socketPath, "TZ": "UTC"] }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/cupsd-test").path

    init(rawPort: Int, labelPort: Int? = nil) throws {
        // Short: Unix socket paths hold at most 108 bytes.
        var template = Array("/tmp/qm-e2e-cupsd.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Harness.MissingTool(name: "a temporary directory") }
        directory = String(cString: made)
        let result = try Harness.run(Self.script, ["start", directory, String(rawPort)] + (labelPort.map { [String($0)] } ?? []))
        let pidText = FileManager.default.contents(atPath: directory + "/cupsd.pid").map { String(decoding: $0, as: UTF8.self) }
        guard result.status == 0, let pid = pidText.flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            _ = try? Harness.run(Self.script, ["stop", directory])
            try? FileManager.default.removeItem(atPath: directory)
            throw Harness.MissingTool(name: "a private cupsd (scripts/cupsd-test: \(result.output) \(result.error))")
        }
        self.pid = pid
    }

    func stop() {
        _ = try? Harness.run(Self.script, ["stop", directory])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a CUPS admin tool (cupsdisable, cupsenable, lp) against this scheduler.
    @discardableResult
    func admin(_ tool: String, _ arguments: [String]) throws -> Harness.Result {
        let path = ["/usr/sbin/\(tool)", "/usr/bin/\(tool)"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? tool
        return try Harness.run(path, ["-h", socketPath] + arguments)
    }

    // MARK: Is it still there?

    /// Whether the scheduler's process still runs (`kill -0`, and the pid is still a cupsd).
    var isAlive: Bool {
        guard kill(pid, 0) == 0 else { return false }
        let comm = FileManager.default.contents(atPath: "/proc/\(pid)/comm").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return comm.trimmingCharacters(in: .whitespacesAndNewlines) == "cupsd"
    }

    /// Throws "the scheduler crashed", with the kernel's and the scheduler's last words, if the
    /// scheduler is gone. Called after every print.
    func checkAlive(_ context: String) throws {
        guard !isAlive else { return }
        let kernel = ((try? Harness.run("dmesg", []))?.output ?? "").split(separator: "\n").suffix(3).joined(separator: "\n")
        let log = (FileManager.default.contents(atPath: directory + "/log/error_log").map { String(decoding: $0, as: UTF8.self) } ?? "")
            .split(separator: "\n").suffix(5).joined(separator: "\n")
        throw Crashed(description: "the scheduler crashed: cupsd (pid \(pid)) is gone \(context).\ndmesg: \(kernel)\nerror_log: \(log)")
    }

    /// Waits until CUPS lists job `id` of `queue` as completed (or `timeout` passes); false if
    /// it never did. Throws at once if the scheduler dies meanwhile.
    func waitForCompletion(of id: Int, on queue: String, timeout: TimeInterval = 30) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            try checkAlive("while waiting for job \(id)")
            let listed = try admin("lpstat", ["-W", "completed", "-o", queue]).output
            if listed.split(separator: "\n").contains(where: { $0.hasPrefix("\(queue)-\(id) ") }) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Runs the station binary against this scheduler (its environment merged into
    /// `environment`) to its end, like `Harness.run`, but watching the scheduler meanwhile: if
    /// it dies, the command (which would wait out its own timeout for a printer that will not
    /// come back) is killed and "the scheduler crashed" thrown at once.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Harness.Result {
        do {
            return try ChildProcess.run(
                Harness.binary, arguments, environment: self.environment.merging(environment) { $1 },
                watch: { self.isAlive ? nil : "the scheduler died" })
        } catch is ChildProcess.Failure where !isAlive {
            try checkAlive("while `quartermaster \(arguments.prefix(2).joined(separator: " "))` ran")
            throw Crashed(description: "the scheduler crashed")
        }
    }

    /// The scheduler's process is gone.
    struct Crashed: Error, CustomStringConvertible {
        var description: String
    }
}
