import Glibc
import QuartermasterCore
import Terminal
import Testing

/// The device on a real pseudo-terminal: raw mode in, everything back out.
@Suite("TerminalDevice")
struct TerminalDeviceTests {
    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains(text)
    }

    private static func controlCharacter(_ settings: termios, _ index: Int32) -> UInt8 {
        withUnsafeBytes(of: settings.c_cc) { $0[Int(index)] }
    }

    // MARK: Raw mode

    @Test("raw mode is set and restore() puts every setting back")
    func rawModeAndRestore() throws {
        let pty = try PseudoTerminal()
        let original = pty.attributes()
        #expect(original.c_lflag & tcflag_t(ECHO) != 0)
        #expect(original.c_lflag & tcflag_t(ICANON) != 0)

        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "xterm-256color"])
        let raw = pty.attributes()
        #expect(raw.c_lflag & tcflag_t(ECHO) == 0)
        #expect(raw.c_lflag & tcflag_t(ICANON) == 0)
        #expect(raw.c_lflag & tcflag_t(ISIG) == 0)
        #expect(raw.c_lflag & tcflag_t(IEXTEN) == 0)
        #expect(raw.c_iflag & tcflag_t(IXON) == 0)
        #expect(raw.c_iflag & tcflag_t(ICRNL) == 0)
        #expect(raw.c_iflag & tcflag_t(ISTRIP) == 0)
        #expect(raw.c_oflag == original.c_oflag)  // output processing kept
        #expect(raw.c_cflag == original.c_cflag)  // line settings untouched
        #expect(Self.controlCharacter(raw, VMIN) == 1)
        #expect(Self.controlCharacter(raw, VTIME) == 0)

        let setup = pty.drain()
        #expect(Self.contains(setup, "\u{1B}[?1049h"))
        #expect(Self.contains(setup, "\u{1B}[?25l"))
        #expect(Self.contains(setup, "\u{1B}[?7l"))

        device.restore()
        let restored = pty.attributes()
        #expect(restored.c_lflag == original.c_lflag)
        #expect(restored.c_iflag == original.c_iflag)
        #expect(restored.c_oflag == original.c_oflag)
        #expect(restored.c_cflag == original.c_cflag)
        #expect(withUnsafeBytes(of: restored.c_cc, Array.init) == withUnsafeBytes(of: original.c_cc, Array.init))

        let teardown = pty.drain()
        #expect(Self.contains(teardown, "\u{1B}[?1049l"))
        #expect(Self.contains(teardown, "\u{1B}[?25h"))
        #expect(Self.contains(teardown, "\u{1B}[?7h"))

        device.restore()  // again: nothing more happens
        #expect(pty.drain() == [])
        #expect(pty.attributes().c_lflag == original.c_lflag)
    }

    @Test("releasing the device restores the terminal")
    func restoreOnRelease() throws {
        let pty = try PseudoTerminal()
        let original = pty.attributes()
        do {
            let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
            #expect(pty.attributes().c_lflag & tcflag_t(ECHO) == 0)
            _ = device
        }
        #expect(pty.attributes().c_lflag == original.c_lflag)
    }

    @Test("the Linux console gets no alternate screen and is cleared on exit")
    func linuxConsole() throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
        let setup = pty.drain()
        #expect(!Self.contains(setup, "1049"))
        #expect(Self.contains(setup, "\u{1B}[?25l"))
        device.restore()
        let teardown = pty.drain()
        #expect(!Self.contains(teardown, "1049"))
        #expect(Self.contains(teardown, "\u{1B}[2J"))
    }

    @Test("which terminals get the alternate screen", arguments: [
        ("xterm-256color", true), ("tmux-256color", true), ("screen", true), ("foot", true),
        ("linux", false), ("vt100", false), ("vt220", false), ("dumb", false), ("", false),
    ])
    func alternateScreen(term: String, expected: Bool) {
        #expect(TerminalDevice.prefersAlternateScreen(term: term) == expected)
    }

    // MARK: Size

    @Test("size comes from the terminal's window size")
    func size() throws {
        let pty = try PseudoTerminal()
        pty.setSize(columns: 132, rows: 43)
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux", "COLUMNS": "10", "LINES": "5"])
        #expect(device.size() == TerminalSize(columns: 132, rows: 43))
        pty.setSize(columns: 100, rows: 30)
        #expect(device.size() == TerminalSize(columns: 100, rows: 30))
    }

    @Test("a terminal that reports 0×0 falls back to COLUMNS and LINES, then 80×24")
    func sizeFallback() throws {
        let pty = try PseudoTerminal()
        pty.setSize(columns: 0, rows: 0)
        let configured = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "vt220", "COLUMNS": "132", "LINES": "50"])
        #expect(configured.size() == TerminalSize(columns: 132, rows: 50))
        configured.restore()

        let bare = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "vt220", "COLUMNS": "junk"])
        #expect(bare.size() == TerminalSize(columns: 80, rows: 24))
    }

    // MARK: Writing

    @Test("large writes arrive whole while the reader is slower than the writer")
    func largeWrite() async throws {
        let pty = try PseudoTerminal()
        let device = try TerminalDevice(path: pty.replicaPath, environment: ["TERM": "linux"])
        _ = pty.drain()
        let payload = (0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let writer = Task.detached { try device.write(payload) }
        var received: [UInt8] = []
        while received.count < payload.count {
            let chunk = pty.drain(quiet: 20, upTo: payload.count - received.count)
            if chunk.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
            received += chunk
        }
        try await writer.value
        #expect(received == payload)
    }

    @Test("a descriptor the caller passed stays open")
    func borrowedDescriptor() throws {
        let pty = try PseudoTerminal()
        let descriptor = open(pty.replicaPath, O_RDWR | O_NOCTTY)
        defer { close(descriptor) }
        do {
            let device = try TerminalDevice(input: descriptor, output: descriptor, environment: ["TERM": "linux"])
            device.restore()
        }
        #expect(fcntl(descriptor, F_GETFD) != -1)
    }

    // MARK: Errors

    @Test("a pipe is not a terminal")
    func notATerminal() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let error = #expect(throws: TerminalError.self) {
            _ = try TerminalDevice(input: ends[0], output: ends[1], environment: [:])
        }
        #expect(error?.code == .notATerminal)
        #expect(error?.advice.contains("/dev/tty1") == true)
    }

    @Test("a missing device says it cannot be opened")
    func missingDevice() {
        let error = #expect(throws: TerminalError.self) {
            _ = try TerminalDevice(path: "/nonexistent/tty9", environment: [:])
        }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message.contains("/nonexistent/tty9") == true)
        #expect(error?.problem.kind == .system)
    }
}
