public import Foundation

/// Another program run to its end, for tests: the station's binary, tmux, strace, sqlite3.
///
/// Spawned with posix_spawn and waited for with waitpid, never Foundation's `Process`: that
/// learns of a child's exit from a descriptor the child inherits, so a program that leaves a
/// daemon behind (tmux starts its server) or is traced would never "exit". The child starts
/// with an empty signal mask and every signal's default action (`cleanSignals`): test threads
/// block signals, and a child that inherits that mask never hears SIGHUP or SIGTERM.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String

        public init(status: Int32, output: String, error: String) {
            self.status = status
            self.output = output
            self.error = error
        }
    }

    /// The program could not be started, or `watch` stopped it.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `path` with `arguments`, its environment this process's merged with `environment`,
    /// standard input from /dev/null, to its end. While it runs, `watch` (if given) is asked
    /// every 50 ms; when it names a reason, the child is killed and that reason thrown.
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], watch: (() -> String?)? = nil
    ) throws -> Result {
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
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "\(path) cannot be started (posix_spawn error \(spawned))") }
        var status: Int32 = 0
        if let watch {
            while true {
                let done = waitpid(child, &status, WNOHANG)
                if done == child || (done < 0 && errno != EINTR) { break }
                if let reason = watch() {
                    kill(child, SIGKILL)
                    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                    throw Failure(description: reason)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        } else {
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: exitStatus,
            output: String(decoding: FileManager.default.contents(atPath: base + ".out") ?? Data(), as: UTF8.self),
            error: String(decoding: FileManager.default.contents(atPath: base + ".err") ?? Data(), as: UTF8.self))
    }

    /// Spawn attributes that give the child an empty signal mask and every signal's default action.
    public static func cleanSignals() throws -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        let flags = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        guard flags == 0 else { throw Failure(description: "posix_spawn attributes (error \(flags))") }
        return attributes
    }

    /// A tool's path on $PATH; missing, it fails the test with its name: nothing is skipped.
    public static func which(_ tool: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "\(tool) is not installed: run scripts/bootstrap")
    }

    /// The `quartermaster` binary SwiftPM built with the tests (`swift build --build-tests`),
    /// or `$QM_BINARY`; nil when it is not built. `testFile` locates the package from a test's
    /// own source file (`Tests/TARGET/File.swift`).
    public static func quartermasterBinary(testFile: String = #filePath) -> String? {
        if let chosen = ProcessInfo.processInfo.environment["QM_BINARY"] { return chosen }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for folder in [runner, runner.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let path = folder.appendingPathComponent("quartermaster").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
