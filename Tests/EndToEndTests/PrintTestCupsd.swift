import Foundation

/// A private CUPS scheduler for the end-to-end printing tests (`scripts/cupsd-test`), with
/// queues `qm-pdf` (PDF to DIR/out/qm-pdf.pdf) and `qm-raw` (socket to 127.0.0.1:PORT).
final class PrintTestCupsd {
    let directory: String
    var socketPath: String { directory + "/cups.sock" }
    var pdfOutput: String { directory + "/out/qm-pdf.pdf" }
    /// What the station's commands need to reach this scheduler.
    var environment: [String: String] { ["CUPS_SERVER": socketPath, "TZ": "UTC"] }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/cupsd-test").path

    init(rawPort: Int) throws {
        // Short: Unix socket paths hold at most 108 bytes.
        var template = Array("/tmp/qm-e2e-cupsd.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Harness.MissingTool(name: "a temporary directory") }
        directory = String(cString: made)
        let result = try Harness.run(Self.script, ["start", directory, String(rawPort)])
        guard result.status == 0 else {
            try? FileManager.default.removeItem(atPath: directory)
            throw Harness.MissingTool(name: "a private cupsd (scripts/cupsd-test: \(result.output) \(result.error))")
        }
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
}
