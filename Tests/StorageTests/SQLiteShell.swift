import Foundation
import QuartermasterTesting

/// The `sqlite3` command-line program, as an admin would use it on the station: tests use it to
/// prove the schema itself refuses bad changes, and to hold a lock from a second program.
enum SQLiteShell {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static var executable: URL? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
            .map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `sql` against the database at `path` and waits for the program to end.
    static func run(_ sql: String, on path: String) throws -> Result {
        guard let executable else { throw SQLiteShellError(message: "sqlite3 is not installed (scripts/bootstrap installs it)") }
        // ChildProcess (posix_spawn, output in files, waitpid), not Foundation's Process, whose
        // wait can miss the end of a child and hang the test run.
        let result = try ChildProcess.run(executable.path, [path, sql])
        return Result(status: result.status, output: result.output, error: result.error)
    }

    /// A second program holding the write lock until `release()`.
    final class WriteLock {
        private let process: Process
        private let input = Pipe()

        init(on path: String) throws {
            process = try SQLiteShell.makeProcess(arguments: [path])
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The holder waits out a probe's brief lock: under load its BEGIN can come after the
            // first probe's, and without a busy timeout it would fail and never hold the lock.
            input.fileHandleForWriting.write(Data(".timeout 10000\nBEGIN IMMEDIATE;\n".utf8))
            // Wait until a probe without a busy timeout finds the database locked.
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let probe = try SQLiteShell.run("BEGIN IMMEDIATE; ROLLBACK;", on: path)
                if probe.status != 0 && probe.error.contains("locked") { return }
                Thread.sleep(forTimeInterval: 0.05)
            }
            release()
            throw SQLiteShellError(message: "sqlite3 did not take the write lock within 30 s")
        }

        func release() {
            guard process.isRunning else { return }
            input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        deinit { release() }
    }

    private static func makeProcess(arguments: [String]) throws -> Process {
        guard let executable else { throw SQLiteShellError(message: "sqlite3 is not installed (scripts/bootstrap installs it)") }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        return process
    }
}

struct SQLiteShellError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
