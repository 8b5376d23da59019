import Foundation
import Testing

/// The kiosk as a station's console runs it (`kiosk --locked`, what the service uses): nothing
/// typed stops or leaves it, and a crash gives the terminal back in cooked mode. Driven in tmux
/// with the real binary; the pane's shell runs `stty` on the same terminal after the kiosk ends.
@Suite(.serialized) struct KioskLockEndToEndTests {
    /// A pane whose shell runs the kiosk, then reports how it ended and the terminal's modes.
    static func lockedKiosk(data: String) throws -> (pane: TmuxPane, kiosk: pid_t) {
        let command = """
            '\(Harness.binary)' kiosk --locked --data '\(data)' --station E2E --language en; \
            echo "kiosk ended: $?"; \
            echo "modes: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' ')(end)"; sleep 60
            """
        let pane = try TmuxPane(columns: 80, rows: 24, command: ["sh", "-c", command], environment: ["TERM": "linux", "TZ": "UTC"])
        try pane.waitFor("Scan your badge")
        let children = try String(contentsOfFile: "/proc/\(pane.programID)/task/\(pane.programID)/children", encoding: .utf8)
        let kiosk = try #require(children.split(separator: " ").compactMap { pid_t($0) }.first, "the kiosk under the pane's shell")
        return (pane, kiosk)
    }

    static func office() throws -> String {
        let data = try Harness.temporaryFolder("locked")
        try Harness.importAll(data: data, people: Storeroom.people, items: Storeroom.items, requisitions: Storeroom.requisitions)
        return data
    }

    @Test func ctrlCCtrlZAndCtrlBackslashDoNothingToTheKiosk() throws {
        let data = try Self.office()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (pane, kiosk) = try Self.lockedKiosk(data: data)
        defer { pane.kill() }
        for key in ["C-c", "C-z", "C-\\"] {
            try pane.press(key)
            Thread.sleep(forTimeInterval: 0.3)
            #expect(TmuxPane.isRunning(kiosk), "the kiosk ended after \(key)")
        }
        // The keyboard signals themselves are ignored too (a terminal someone set to ISIG, a stray kill).
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] {
            kill(kiosk, signal)
        }
        Thread.sleep(forTimeInterval: 0.3)
        let state = try String(contentsOfFile: "/proc/\(kiosk)/stat", encoding: .utf8).split(separator: " ")[2]
        #expect(state != "T" && state != "Z", "the kiosk is stopped or gone after keyboard signals (state \(state))")
        // Still the kiosk, still answering scans.
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        #expect(!(try pane.screen().joined().contains("kiosk ended")))
    }

    @Test(arguments: [SIGSEGV, SIGABRT])
    func aCrashLeavesTheTerminalInCookedMode(signal: Int32) throws {
        let data = try Self.office()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let (pane, kiosk) = try Self.lockedKiosk(data: data)
        defer { pane.kill() }
        try pane.scan("E1001")
        try pane.waitFor("Signed in: 王库管")
        kill(kiosk, signal)
        let screen = try pane.waitFor("(end)", timeout: 30).joined(separator: "\n")
        #expect(screen.contains("kiosk ended: \(128 + signal)"), "\(screen)")
        let modes = try #require(screen.split(separator: "\n").first { $0.hasPrefix("modes: ") }, "no stty line:\n\(screen)")
        let words = Set(modes.split(separator: " ").map(String.init))
        #expect(words.isSuperset(of: ["isig", "icanon", "echo"]), "after signal \(signal) the terminal is left as: \(modes)")
        // The kiosk's screen is gone: the console was cleared, not left with a stale kiosk on it.
        #expect(!screen.contains("Signed in: 王库管"), "\(screen)")
    }
}
