public import Foundation

/// A program started for a test and left running until the test kills or waits for it: the
/// centre's server killed mid-batch, a station's `sync now` killed mid-push; `ChildProcess.run`
/// is one run to its end. Spawned with posix_spawn and clean signals (see `ChildProcess`), its
/// output in files read after it ends.
public final class SpawnedProcess: @unchecked Sendable {
    public let pid: pid_t
    private let base: String
    private var exitStatus: Int32?

    public init(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        base = NSTemporaryDirectory() + "qm-spawned-\(UUID().uuidString)"
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
        var attributes = try ChildProcess.cleanSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ChildProcess.Failure(description: "\(path) cannot be started (posix_spawn error \(spawned))") }
        pid = child
    }

    deinit {
        if exitStatus == nil { kill(SIGKILL) }
        try? FileManager.default.removeItem(atPath: base + ".out")
        try? FileManager.default.removeItem(atPath: base + ".err")
    }

    /// Sends `signal` and waits for the end; returns the exit status (128 + signal when killed).
    @discardableResult
    public func kill(_ signal: Int32 = SIGKILL) -> Int32 {
        if let exitStatus { return exitStatus }
        Glibc.kill(pid, signal)
        return wait()
    }

    /// Waits for the program to end by itself; returns its exit status.
    @discardableResult
    public func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let result = Self.exitStatus(status)
        exitStatus = result
        return result
    }

    /// Whether it has ended (reaping it if so).
    public var hasEnded: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        exitStatus = Self.exitStatus(status)
        return true
    }

    /// waitpid's status as a shell reports it: the exit code, or 128 + the signal that killed it.
    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    public var output: String { String(decoding: FileManager.default.contents(atPath: base + ".out") ?? Data(), as: UTF8.self) }
    public var error: String { String(decoding: FileManager.default.contents(atPath: base + ".err") ?? Data(), as: UTF8.self) }

    /// A TCP port on 127.0.0.1 that was free a moment ago, for a server the test starts.
    public static func freePort() throws -> Int {
        let listener = try RawPrinterListener()
        defer { listener.stop() }
        return listener.port
    }

    /// Waits (up to `timeout` seconds) until something accepts connections on 127.0.0.1:`port`.
    public static func waitForListener(port: Int, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(fd)
            if connected { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
