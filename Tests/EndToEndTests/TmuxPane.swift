import Foundation

/// A real terminal: a detached tmux session of a given size on a private server socket.
struct TmuxPane {
    let socket: String
    let session = "qm"

    init(columns: Int, rows: Int, command: [String], environment: [String: String] = [:]) throws {
        socket = "qm-e2e-\(UUID().uuidString.prefix(8))"
        let env = environment.map { "\($0.key)=\($0.value)" }
        let quoted = (["env"] + env + command).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let result = try Harness.run("tmux", ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session,
                                              "-x", "\(columns)", "-y", "\(rows)", quoted])
        guard result.status == 0 else { throw Failure(message: "tmux did not start: \(result.error)") }
        _ = try Harness.run("tmux", ["-L", socket, "set-option", "-t", session, "remain-on-exit", "on"])
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// Types `text` and presses Enter, as a keyboard-wedge scanner does.
    func scan(_ text: String) throws {
        try Harness.run("tmux", ["-L", socket, "send-keys", "-t", session, "-l", text])
        try Harness.run("tmux", ["-L", socket, "send-keys", "-t", session, "Enter"])
    }

    func press(_ key: String) throws {
        try Harness.run("tmux", ["-L", socket, "send-keys", "-t", session, key])
    }

    func screen() throws -> [String] {
        try Harness.run("tmux", ["-L", socket, "capture-pane", "-p", "-t", session]).output
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Waits (up to `timeout`) until the screen shows `text`; returns the screen either way.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !lines.joined(separator: "\n").contains(text), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            lines = try screen()
        }
        return lines
    }

    /// Whether the program in the pane has exited.
    func exited() throws -> Bool {
        try Harness.run("tmux", ["-L", socket, "display-message", "-p", "-t", session, "#{pane_dead}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func kill() {
        _ = try? Harness.run("tmux", ["-L", socket, "kill-server"])
    }
}
