import Foundation
import QuartermasterTesting
import Testing

/// A real terminal: a detached tmux session of a given size on a private server socket.
///
/// Every pane ends what it started, whether its test passes, fails or throws: its own server
/// (`tmux -S` on a socket in a private folder, never the user's default server), ended by
/// `kill()` or, at the latest, when the pane is released (`deinit`). `kill()` checks that the
/// server is gone and the program in the pane has ended, and records an issue if not. A
/// watchdog process ends the server too if the test process itself dies (a crash, a runner
/// killed on timeout), so no kiosk is left running on a test database.
final class TmuxPane {
    /// The server's socket, `-S` for every tmux call.
    let socket: String
    let session = "qm"
    /// The folder holding the socket; removed with the server.
    private let folder: String
    /// The program running in the pane (tmux's pane_pid).
    let programID: pid_t
    /// The tmux server (its #{pid}).
    let serverID: pid_t
    private var watchdog: pid_t
    private var ended = false

    /// Starts `command` in a `columns`×`rows` pane. `owner` is the process whose death ends the
    /// server (this test process; a test of the watchdog passes another).
    init(columns: Int, rows: Int, command: [String], environment: [String: String] = [:], owner: pid_t = getpid()) throws {
        // Short: a socket path must fit in sun_path (108 bytes).
        folder = "/tmp/qm-tmux-\(UUID().uuidString.prefix(8))"
        socket = folder + "/s"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        watchdog = try Self.startWatchdog(owner: owner, socket: socket, folder: folder)
        let env = environment.map { "\($0.key)=\($0.value)" }
        let quoted = (["env"] + env + command).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let result = try Harness.run("tmux", ["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", session,
                                              "-x", "\(columns)", "-y", "\(rows)", quoted])
        guard result.status == 0 else {
            Self.stopWatchdog(watchdog)
            try? FileManager.default.removeItem(atPath: folder)
            throw Failure(message: "tmux did not start: \(result.error)")
        }
        _ = try? Harness.run("tmux", ["-S", socket, "set-option", "-t", session, "remain-on-exit", "on"])
        let pids = (try? Harness.run("tmux", ["-S", socket, "display-message", "-p", "-t", session, "#{pane_pid} #{pid}"]))?
            .output.split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) } ?? []
        programID = pids.first ?? 0
        serverID = pids.count > 1 ? pids[1] : 0
    }

    deinit { kill() }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// Types `text` and presses Enter, as a keyboard-wedge scanner does.
    func scan(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
        try tmux(["send-keys", "-t", session, "Enter"])
    }

    func press(_ key: String) throws {
        try tmux(["send-keys", "-t", session, key])
    }

    /// Sends keys as `tmux send-keys` arguments: key names, or `-H` and bytes in hex.
    func press(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Appends every byte the program writes to the pane from now on to `path`, as it wrote
    /// them (tmux `pipe-pane -O` copies the pane's raw output): what `capture-pane` cannot show,
    /// such as bells and private control sequences.
    func record(to path: String) throws {
        let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        try tmux(["pipe-pane", "-O", "-t", session, "cat >> " + quoted])
    }

    func screen() throws -> [String] {
        try Harness.run("tmux", ["-S", socket, "capture-pane", "-p", "-t", session]).output
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Waits (up to `timeout`) until the screen shows `text`, and returns that screen; throws,
    /// failing the test, with the last screen when the text never appears. The result may be
    /// dropped: the wait itself is the assertion.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !lines.joined(separator: "\n").contains(text) {
            guard Date() < deadline else {
                throw Failure(message: "\(sourceLocation): the screen did not show \"\(text)\" within \(timeout) s; it shows:\n"
                              + lines.joined(separator: "\n"))
            }
            Thread.sleep(forTimeInterval: 0.1)
            lines = try screen()
        }
        return lines
    }

    /// Whether the program in the pane has exited.
    func exited() throws -> Bool {
        try Harness.run("tmux", ["-S", socket, "display-message", "-p", "-t", session, "#{pane_dead}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Whether a tmux server answers on this pane's socket.
    var serverIsRunning: Bool {
        ((try? Harness.run("tmux", ["-S", socket, "list-sessions"]))?.status ?? 1) == 0
    }

    /// Ends the server and the program in the pane, removes the socket's folder, stops the
    /// watchdog, and records an issue if the server or the program outlived it. Safe to call
    /// more than once; runs at the latest when the pane is released.
    func kill() {
        guard !ended else { return }
        ended = true
        _ = try? Harness.run("tmux", ["-S", socket, "kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while serverIsRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let serverEnded = serverID > 0 ? Self.ends(serverID, within: 2) : true
        if serverIsRunning || !serverEnded {
            Issue.record("the tmux server on \(socket) (pid \(serverID)) is still running after kill-server; killed")
            if serverID > 0 { Glibc.kill(serverID, SIGKILL) }
        }
        if programID > 0 && !Self.ends(programID, within: 5) {
            Issue.record("the program in the pane (pid \(programID)) outlived its tmux server; killed")
            Glibc.kill(programID, SIGKILL)
        }
        Self.stopWatchdog(watchdog)
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: Helpers

    private func tmux(_ arguments: [String]) throws {
        let result = try Harness.run("tmux", ["-S", socket] + arguments)
        guard result.status == 0 else { throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed: \(result.error)") }
    }

    /// Whether process `pid` is gone (or a zombie: here nobody may reap an orphan) within `seconds`.
    static func ends(_ pid: pid_t, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while isRunning(pid) {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    /// Whether `pid` is a live process: it has a /proc entry whose state is not Z (zombie) or X.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// A shell, in its own process group (a Ctrl+C to the test run does not reach it), that
    /// waits for `owner` to end and then ends the server and removes its folder.
    private static func startWatchdog(owner: pid_t, socket: String, folder: String) throws -> pid_t {
        let tmux = try Harness.which("tmux")
        let script = #"while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; "$2" -S "$3" kill-server 2>/dev/null; rm -rf "$4""#
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = try ChildProcess.cleanSignals()
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments: [String] = ["/bin/sh", "-c", script, "qm-tmux-watchdog", "\(owner)", tmux, socket, folder]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(message: "the tmux watchdog did not start (posix_spawn error \(spawned))") }
        return pid
    }

    /// Ends the watchdog's process group (the shell and its `sleep`) and reaps the shell.
    private static func stopWatchdog(_ pid: pid_t) {
        Glibc.kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
