import Foundation

/// Another program run to its end, as the station's own binary or a tool (strace) would be.
/// Spawned with posix_spawn and waited for with waitpid: Foundation's `Process` learns of a
/// child's exit through a descriptor the child inherits, which a traced child may keep open.
enum ChildProgram {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The `quartermaster` binary SwiftPM built with the tests (`swift build --build-tests`).
    static func quartermaster() throws -> String {
        if let chosen = ProcessInfo.processInfo.environment["QM_BINARY"] { return chosen }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in [runner, runner.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let path = folder.appendingPathComponent("quartermaster").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Missing(description: "the quartermaster binary is not built: run `swift build --build-tests` first (or set QM_BINARY)")
    }

    static func which(_ tool: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Missing(description: "\(tool) is not installed: run scripts/bootstrap")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let base = NSTemporaryDirectory() + "qm-child-\(UUID().uuidString)"
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
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Missing(description: "\(executable) cannot be started (posix_spawn error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: exitStatus,
            output: String(decoding: FileManager.default.contents(atPath: base + ".out") ?? Data(), as: UTF8.self),
            error: String(decoding: FileManager.default.contents(atPath: base + ".err") ?? Data(), as: UTF8.self))
    }
}
