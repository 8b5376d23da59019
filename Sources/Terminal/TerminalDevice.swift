internal import Glibc
internal import Synchronization

/// The terminal the kiosk runs on — a Linux VT, a serial console or an emulator — put into the
/// raw, full-screen mode the kiosk needs, and put back exactly as found.
///
/// Raw mode here means: no echo, no line editing, no signal keys (Ctrl+C and Ctrl+Z reach the
/// kiosk as keys instead of killing or stopping it), no XON/XOFF (Ctrl+S cannot freeze the
/// screen), CR not translated (the decoder handles CR and LF), 8-bit input, and reads that
/// return as soon as one byte is there (VMIN 1, VTIME 0).
///
/// Output processing (OPOST) is left as it was: the renderer never sends newlines or tabs, so
/// post-processing does not touch its bytes, while anything else that writes to the same
/// terminal — a runtime crash message on stderr before `restore()` — still gets its line
/// endings. The line settings (speed, parity) are left to getty or systemd as well.
///
/// If the process crashes (SIGSEGV, SIGABRT, a Swift trap…) or calls exit() while the terminal is
/// taken, `ConsoleRescue` puts the settings and screen back from its signal handler.
///
/// The screen is prepared too: cursor hidden, autowrap off (so a misjudged width cannot scroll
/// the screen) and, on emulators, the alternate screen, so the shell's screen comes back on
/// exit. The Linux console has no alternate screen; there the screen is cleared on exit.
public final class TerminalDevice: Sendable {
    // MARK: Descriptors

    /// Where keys are read from; hand it to `TerminalInput`.
    public let inputDescriptor: Int32
    /// Where the screen is written.
    public let outputDescriptor: Int32
    /// The device path or descriptor names, for messages.
    public let name: String

    private let ownsDescriptor: Bool
    private let usesAlternateScreen: Bool
    private let environment: [String: String]
    /// The settings found at start, until `restore()` has put them back.
    private let saved: Mutex<termios?>
    /// Held for each whole write, so a frame, a bell and the restoring sequences never
    /// interleave mid-sequence when sent from different tasks.
    private let writing = Mutex(())

    // MARK: Opening

    /// Takes over the terminal on `input`/`output` (standard input and output by default).
    ///
    /// - Parameters:
    ///   - environment: consulted for `TERM` (whether to use the alternate screen) and
    ///     `COLUMNS`/`LINES` (the size when the terminal reports none); the process
    ///     environment when `nil`.
    ///   - alternateScreen: forces the alternate screen on or off; by default it is used on
    ///     every terminal except the Linux console, VT-series and dumb terminals.
    public convenience init(
        input: Int32 = 0, output: Int32 = 1,
        environment: [String: String]? = nil, alternateScreen: Bool? = nil
    ) throws(TerminalError) {
        try self.init(input: input, output: output, name: "descriptor \(input)", owns: false,
                      environment: environment, alternateScreen: alternateScreen)
    }

    /// Opens the terminal device at `path` (such as `/dev/tty1` or `/dev/ttyS0`) for reading
    /// and writing and takes it over; the descriptor is closed when the device is released.
    ///
    /// The device is opened without becoming the process's controlling terminal, so hanging
    /// it up does not send the station SIGHUP.
    public convenience init(
        path: String, environment: [String: String]? = nil, alternateScreen: Bool? = nil
    ) throws(TerminalError) {
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TerminalError(.cannotOpen, device: path, errorNumber: errno)
        }
        do {
            try self.init(input: descriptor, output: descriptor, name: path, owns: true,
                          environment: environment, alternateScreen: alternateScreen)
        } catch {
            close(descriptor)
            throw error
        }
    }

    private init(
        input: Int32, output: Int32, name: String, owns: Bool,
        environment: [String: String]?, alternateScreen: Bool?
    ) throws(TerminalError) {
        let environment = environment ?? Self.processEnvironment()
        guard isatty(input) == 1, isatty(output) == 1 else {
            throw TerminalError(.notATerminal, device: name)
        }
        var original = termios()
        guard tcgetattr(input, &original) == 0 else {
            throw TerminalError(.cannotConfigure, device: name, errorNumber: errno)
        }
        // Drop keys typed before the kiosk came up (into getty, or while it was restarting).
        var raw = Self.rawSettings(from: original)
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else {
            throw TerminalError(.cannotConfigure, device: name, errorNumber: errno)
        }

        self.inputDescriptor = input
        self.outputDescriptor = output
        self.name = name
        self.ownsDescriptor = owns
        self.environment = environment
        self.usesAlternateScreen = alternateScreen ?? Self.prefersAlternateScreen(term: environment["TERM"])
        self.saved = Mutex(original)

        var setup: [UInt8] = []
        if usesAlternateScreen { setup += ControlSequence.enterAlternateScreen }
        setup += ControlSequence.resetStyle + ControlSequence.disableAutowrap + ControlSequence.hideCursor
        do {
            try write(setup)
        } catch {
            restore()
            throw error
        }
        // From here a crash or exit() without restore() still gives the console back.
        ConsoleRescue.arm(terminal: input, settings: original, bytes: restoringBytes)
    }

    deinit {
        restore()
        if ownsDescriptor {
            close(inputDescriptor)
        }
    }

    // MARK: Settings

    /// `original` with the raw-mode changes described on the type.
    static func rawSettings(from original: termios) -> termios {
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        // A break on a serial line (cable pulled and replugged) is a line event, not a key.
        raw.c_iflag |= tcflag_t(IGNBRK)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return raw
    }

    /// Whether a terminal of type `term` should get the alternate screen: not the Linux
    /// console (which ignores it), VT-series serial terminals (which may print it) or `dumb`.
    public static func prefersAlternateScreen(term: String?) -> Bool {
        guard let term, !term.isEmpty else { return false }
        let unsupported = ["linux", "vt", "dumb", "ansi", "cons"]
        return !unsupported.contains { term.hasPrefix($0) }
    }

    private static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        for key in ["TERM", "COLUMNS", "LINES"] {
            if let value = getenv(key) {
                result[key] = String(cString: value)
            }
        }
        return result
    }

    // MARK: Size

    /// The terminal's size in cells.
    ///
    /// Asks the terminal (TIOCGWINSZ). Serial consoles know nothing of their far end and answer
    /// 0×0; then `COLUMNS` and `LINES` from the environment apply (set them in the systemd unit
    /// to match the terminal), and 80×24 otherwise.
    public func size() -> TerminalSize {
        var window = winsize()
        let asked = ioctl(outputDescriptor, UInt(TIOCGWINSZ), &window) == 0
        let columns = asked && window.ws_col > 0 ? Int(window.ws_col) : nil
        let rows = asked && window.ws_row > 0 ? Int(window.ws_row) : nil
        return TerminalSize(
            columns: columns ?? environmentNumber("COLUMNS") ?? TerminalSize.fallback.columns,
            rows: rows ?? environmentNumber("LINES") ?? TerminalSize.fallback.rows)
    }

    /// The terminal's type (`TERM`), which decides how it can sound (`TerminalBell`).
    public var term: String? { environment["TERM"] }

    private func environmentNumber(_ key: String) -> Int? {
        guard let text = environment[key], let number = Int(text), number > 0 else { return nil }
        return number
    }

    // MARK: Writing

    /// Writes all of `bytes`, resuming after partial writes and interruptions, and waiting
    /// when the terminal applies flow control.
    public func write(_ bytes: [UInt8]) throws(TerminalError) {
        try writing.withLock { _ throws(TerminalError) in try writeAll(bytes) }
    }

    private func writeAll(_ bytes: [UInt8]) throws(TerminalError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(outputDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            let error = errno
            switch error {
            case EINTR:
                continue
            case EAGAIN:
                // Someone made the descriptor non-blocking: wait until it takes more.
                var request = pollfd(fd: outputDescriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&request, 1, 1000)
            default:
                throw TerminalError(.cannotWrite, device: name, errorNumber: written == 0 ? EIO : error)
            }
        }
    }


    // MARK: Restoring

    /// Puts the terminal back as it was found: style, autowrap and cursor, the shell's screen
    /// (or a cleared console), and the saved termios settings once pending output has drained.
    ///
    /// Safe to call more than once and from any thread, so the station's shutdown path can
    /// call it whatever state the kiosk is in; later calls do nothing. Failures are ignored:
    /// at shutdown there is no one left to tell, and the terminal may already be gone.
    public func restore() {
        saved.withLock { saved in
            guard var original = saved else { return }
            saved = nil
            ConsoleRescue.disarmTerminal()
            try? write(restoringBytes)
            _ = tcsetattr(inputDescriptor, TCSADRAIN, &original)
        }
    }

    /// What undoes the screen setup: style, autowrap, the shell's screen (or a cleared console), cursor.
    private var restoringBytes: [UInt8] {
        var bytes = ControlSequence.resetStyle + ControlSequence.enableAutowrap
        bytes += usesAlternateScreen ? ControlSequence.leaveAlternateScreen : ControlSequence.clearScreen
        return bytes + ControlSequence.showCursor
    }
}
