import Foundation
import QuartermasterTesting
import Testing

/// Runs the real `quartermaster` binary and the real tools around it (tmux, sqlite3, pdftoppm,
/// zbarimg). A missing tool fails the test with its name: nothing is skipped silently.
enum Harness {
    typealias Result = ChildProcess.Result

    /// The binary SwiftPM built beside this test bundle.
    static var binary: String {
        if let built = ChildProcess.quartermasterBinary() { return built }
        return "quartermaster"
    }

    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "qm-e2e-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs a program to its end (`ChildProcess`: posix_spawn and waitpid, clean signals).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let path = executable.hasPrefix("/") ? executable : try which(executable)
        return try ChildProcess.run(path, arguments, environment: environment)
    }

    static func which(_ tool: String) throws -> String {
        do { return try ChildProcess.which(tool) } catch { throw MissingTool(name: tool) }
    }

    struct MissingTool: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed: run scripts/bootstrap" }
    }

    /// One value (or rows joined by newlines) from the station database, read by the sqlite3 tool.
    static func sql(_ database: String, _ query: String) throws -> String {
        // A busy timeout: the kiosk may be closing (its last connection checkpoints the WAL).
        let result = try run("sqlite3", ["-bail", "-cmd", ".timeout 5000", database, query])
        guard result.status == 0 else { throw SQLFailed(query: query, message: result.error) }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct SQLFailed: Error { var query: String; var message: String }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Imports the three CSV files through the binary, as an admin would.
    static func importAll(data: String, people: String, items: String, requisitions: String) throws {
        for (kind, text) in [("people", people), ("items", items), ("requisitions", requisitions)] {
            let file = "\(data)/\(kind).csv"
            try write(text, to: file)
            let result = try run(binary, ["import", kind, file, "--data", data, "--station", "E2E"])
            #expect(result.status == 0, "import \(kind) failed: \(result.output) \(result.error)")
        }
    }
}
