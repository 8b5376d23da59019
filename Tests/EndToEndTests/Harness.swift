import Foundation
import Testing

/// Runs the real `quartermaster` binary and the real tools around it (tmux, sqlite3, pdftoppm,
/// zbarimg). A missing tool fails the test with its name: nothing is skipped silently.
enum Harness {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The binary SwiftPM built beside this test bundle.
    static var binary: String {
        if let chosen = ProcessInfo.processInfo.environment["QM_BINARY"] { return chosen }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in [runner, runner.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let path = folder.appendingPathComponent("quartermaster").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "quartermaster"
    }

    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "qm-e2e-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs a program to its end with posix_spawn and waitpid. Foundation's `Process` is not
    /// used for this: it learns of a child's exit from a descriptor the child inherits, so a
    /// tool that leaves a daemon behind (tmux starts its server) would never "exit".
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let path = executable.hasPrefix("/") ? executable : try which(executable)
        let base = NSTemporaryDirectory() + "qm-run-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = try cleanSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw MissingTool(name: "\(path) (posix_spawn error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus,
                      output: String(decoding: FileManager.default.contents(atPath: base + ".out") ?? Data(), as: UTF8.self),
                      error: String(decoding: FileManager.default.contents(atPath: base + ".err") ?? Data(), as: UTF8.self))
    }

    /// Spawn attributes that give the child an empty signal mask and every signal's default
    /// action. Without them a child inherits the mask of the test's thread, and test threads
    /// (Swift concurrency, libdispatch) block signals: a tmux server started that way never
    /// hears SIGCHLD, its pane's program never hears the SIGHUP of kill-server, and both live
    /// on after the test.
    static func cleanSignals() throws -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let flags = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        guard flags == 0 else { throw MissingTool(name: "posix_spawn attributes (error \(flags))") }
        return attributes
    }

    static func which(_ tool: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw MissingTool(name: tool)
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
