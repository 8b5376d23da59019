internal import Foundation
public import CSpawn

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
        let child = try SpawnedProcess(path, arguments, environment: environment)
        if let watch {
            while !child.hasEnded {
                if let reason = watch() {
                    child.kill(SIGKILL)
                    throw Failure(description: reason)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let status = child.wait()
        return Result(status: status, output: child.output, error: child.error)
    }

    /// Spawn attributes that give the child an empty signal mask and every signal's default action.
    public static func cleanSignals() throws -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        let flags = qm_spawnattr_clean_signals(&attributes)
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
