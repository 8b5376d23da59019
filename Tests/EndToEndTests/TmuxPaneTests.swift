import Foundation
import QuartermasterTesting
import Testing

/// The end-to-end tests' terminals end what they started: a pane whose test fails takes its
/// tmux server and program with it, and a test process that dies takes them too (watchdog).
@Suite struct TmuxPaneTests {
    @Test("a failing wait throws with the screen, and the pane's server and program are gone after it")
    func failingTestEndsItsServer() throws {
        var socket = ""
        var program: pid_t = 0
        let error = #expect(throws: TmuxPane.Failure.self) {
            let pane = try TmuxPane(columns: 40, rows: 5, command: ["sh", "-c", "echo visible; sleep 60"])
            socket = pane.socket
            program = pane.programID
            try pane.waitFor("visible")
            try pane.waitFor("text that never appears", timeout: 0.5)
        }
        #expect(error?.description.contains("visible") == true, "the failure shows the screen: \(error?.description ?? "")")
        #expect(!socket.isEmpty && program > 0)
        #expect(try Harness.run("tmux", ["-S", socket, "list-sessions"]).status != 0, "the server still answers")
        #expect(!FileManager.default.fileExists(atPath: socket), "the socket is still there")
        #expect(!TmuxPane.isRunning(program), "the program in the pane still runs")
    }

    @Test("when the test process dies, the watchdog ends the server and the program")
    func watchdogEndsTheServer() throws {
        let owner = try SpawnedProcess("/bin/sleep", ["60"])
        let pane = try TmuxPane(columns: 40, rows: 5, command: ["sleep", "60"], owner: owner.pid)
        defer { pane.kill() }
        #expect(pane.serverIsRunning)
        owner.kill(SIGKILL)
        let deadline = Date().addingTimeInterval(5)
        while pane.serverIsRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!pane.serverIsRunning, "the server outlived the process that started it")
        #expect(TmuxPane.ends(pane.programID, within: 2), "the program outlived the process that started it")
        #expect(!FileManager.default.fileExists(atPath: pane.socket))
    }
}
