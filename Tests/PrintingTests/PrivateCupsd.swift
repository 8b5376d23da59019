import Foundation
import Printing
import QuartermasterTesting
import Testing

/// A private CUPS scheduler in a temporary directory, run through `scripts/cupsd-test`.
///
/// Each test gets its own scheduler so tests never see each other's queues or jobs, and
/// the system's CUPS (if any) is never touched. Its process is watched: `checkAlive` (after
/// every print, and by `with` at the end) and `finished` fail with "the scheduler crashed" as
/// soon as it is gone, rather than waiting out a timeout.
final class PrivateCupsd: Sendable {
    // MARK: Where it lives

    /// The directory holding config, spool, logs, the socket and `out/`.
    let directory: URL
    /// The port `qm-raw` sends to.
    let rawPort: Int
    /// The scheduler's process id (from DIR/cupsd.pid).
    let pid: Int32

    var socketPath: String { directory.appending(path: "cups.sock").path }
    var server: PrintServer { PrintServer(socketPath: socketPath) }
    /// Where `qm-pdf` puts each job's PDF (the last one; `pdfOutput(job:)` for one job's).
    var pdfOutput: URL { directory.appending(path: "out/qm-pdf.pdf") }

    /// The PDF `qm-pdf` wrote for CUPS job `job`.
    func pdfOutput(job: Int) -> URL { directory.appending(path: "out/qm-pdf-\(job).pdf") }

    static let script = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "scripts/cupsd-test")

    // MARK: Running

    /// Starts the scheduler with queues `qm-pdf` and `qm-raw` (to 127.0.0.1:`rawPort`), and with
    /// `labelPort` also `qm-ql800` (Debian's Brother QL-800 driver, to 127.0.0.1:`labelPort`).
    init(rawPort: Int = 9191, labelPort: Int? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/cupsd") else {
            throw TestSetupError("cupsd is not installed at /usr/sbin/cupsd; run scripts/bootstrap (Debian package cups)")
        }
        // A short path: Unix socket paths are limited to 108 bytes.
        var template = Array("/tmp/qm-cupsd.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw TestSetupError("cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        directory = URL(filePath: String(cString: made), directoryHint: .isDirectory)
        self.rawPort = rawPort
        let result = try Self.run([Self.script.path, "start", directory.path, String(rawPort)] + (labelPort.map { [String($0)] } ?? []))
        let pidText = try? String(contentsOf: directory.appending(path: "cupsd.pid"), encoding: .utf8)
        guard result.status == 0, let pid = pidText.flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            _ = try? Self.run([Self.script.path, "stop", directory.path])
            try? FileManager.default.removeItem(at: directory)
            throw TestSetupError("scripts/cupsd-test start failed (\(result.status)): \(result.output)")
        }
        self.pid = pid
    }

    /// Stops the scheduler and removes its directory.
    func stop() {
        _ = try? Self.run([Self.script.path, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Is it still there?

    /// Whether the scheduler's process still runs (`kill -0`, and the pid is still a cupsd).
    var isAlive: Bool {
        guard kill(pid, 0) == 0 else { return false }
        let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
        return comm.trimmingCharacters(in: .whitespacesAndNewlines) == "cupsd"
    }

    /// Throws `SchedulerCrashed` (with the kernel's and the scheduler's last words) if the
    /// scheduler is gone. `context` says when, e.g. "after printing \"x\"".
    func checkAlive(_ context: String) throws {
        guard !isAlive else { return }
        let kernel = (try? Self.run(["/usr/bin/dmesg"]))?.output.split(separator: "\n").suffix(3).joined(separator: "\n") ?? "?"
        let log = (try? String(contentsOf: directory.appending(path: "log/error_log"), encoding: .utf8))?
            .split(separator: "\n").suffix(5).joined(separator: "\n") ?? "(none)"
        throw SchedulerCrashed(pid: pid, context: context, kernel: kernel, log: log)
    }

    /// Polls the job until it is finished; throws at once if the scheduler dies, and records an
    /// issue if the job is still unfinished after `timeout`.
    @discardableResult
    func finished(_ id: Int, within timeout: Duration = .seconds(90)) async throws -> PrintJob {
        let deadline = ContinuousClock.now + timeout
        while true {
            try checkAlive("while waiting for job \(id)")
            let job: PrintJob
            do {
                job = try server.job(id)
            } catch {
                try checkAlive("while waiting for job \(id)")  // it died while we asked
                throw error
            }
            if job.state.isFinished { return job }
            guard ContinuousClock.now < deadline else {
                Issue.record("job \(id) still \(job.state) after \(timeout): \(job.reasons) \(job.message ?? "")")
                return job
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Runs a CUPS command-line tool against this scheduler (`-h` socket first).
    @discardableResult
    func admin(_ tool: String, _ arguments: String...) throws -> String {
        let path = ["/usr/sbin/\(tool)", "/usr/bin/\(tool)"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { throw TestSetupError("\(tool) is not installed") }
        let result = try Self.run([path, "-h", socketPath] + arguments)
        guard result.status == 0 else {
            throw TestSetupError("\(tool) \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    /// Runs the body with a fresh scheduler, checks that the scheduler survived it, and stops
    /// it afterwards, also on failure.
    @discardableResult
    static func with<Result>(
        rawPort: Int = 9191, labelPort: Int? = nil, _ body: (PrivateCupsd) async throws -> Result
    ) async throws -> Result {
        let cupsd = try PrivateCupsd(rawPort: rawPort, labelPort: labelPort)
        defer { cupsd.stop() }
        let result = try await body(cupsd)
        try cupsd.checkAlive("at the end of the test")
        return result
    }

    // MARK: Processes

    /// Runs a program and returns its exit status and output (stdout, then stderr).
    ///
    /// Through `ChildProcess` (posix_spawn, output in files, waitpid): Foundation's `Process`
    /// sometimes never learns that a child ended; a `cupsenable` it started stayed a zombie while
    /// `waitUntilExit` waited, and the whole test run with it, until CI's time ran out.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(arguments[0], Array(arguments.dropFirst()))
        return (result.status, result.output + result.error)
    }
}
