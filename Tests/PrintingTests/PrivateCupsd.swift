import Foundation
import Printing
import Testing

/// A private CUPS scheduler in a temporary directory, run through `scripts/cupsd-test`.
///
/// Each test gets its own scheduler so tests never see each other's queues or jobs, and
/// the system's CUPS (if any) is never touched.
final class PrivateCupsd {
    // MARK: Where it lives

    /// The directory holding config, spool, logs, the socket and `out/`.
    let directory: URL
    /// The port `qm-raw` sends to.
    let rawPort: Int

    var socketPath: String { directory.appending(path: "cups.sock").path }
    var server: PrintServer { PrintServer(socketPath: socketPath) }
    /// Where `qm-pdf` writes each job's PDF.
    var pdfOutput: URL { directory.appending(path: "out/qm-pdf.pdf") }

    static let script = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "scripts/cupsd-test")

    // MARK: Running

    /// Starts the scheduler with queues `qm-pdf` and `qm-raw` (to 127.0.0.1:`rawPort`).
    init(rawPort: Int = 9191) throws {
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
        let result = try Self.run([Self.script.path, "start", directory.path, String(rawPort)])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(at: directory)
            throw TestSetupError("scripts/cupsd-test start failed (\(result.status)): \(result.output)")
        }
    }

    /// Stops the scheduler and removes its directory.
    func stop() {
        _ = try? Self.run([Self.script.path, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
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

    /// Runs the body with a fresh scheduler and stops it afterwards, also on failure.
    @discardableResult
    static func with<Result>(
        rawPort: Int = 9191, _ body: (PrivateCupsd) async throws -> Result
    ) async throws -> Result {
        let cupsd = try PrivateCupsd(rawPort: rawPort)
        defer { cupsd.stop() }
        return try await body(cupsd)
    }

    // MARK: Processes

    /// Runs a program and returns its exit status and output (stdout and stderr).
    ///
    /// Output goes to a temporary file, not a pipe: a daemon the program leaves running
    /// could otherwise hold the pipe open and the read would never end.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appending(path: "qm-run-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw TestSetupError("cannot create \(log.path)")
        }
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }

        let process = Process()
        process.executableURL = URL(filePath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}
