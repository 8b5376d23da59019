internal import Glibc
internal import Synchronization

/// What a dying kiosk must put back on its console, kept where a signal handler can reach it
/// without allocating or locking: the terminal's settings and the sequences that undo the
/// kiosk's screen setup (`TerminalDevice`), and the console font it replaced (`ConsoleFontSwap`).
///
/// A crash (SIGSEGV, SIGBUS, a Swift trap's SIGILL or SIGTRAP, SIGFPE, an abort's SIGABRT) runs
/// `putBack()` from a handler, then ends with the signal's default action; `exit()` runs it from
/// an atexit hook. The normal path, `TerminalDevice.restore()`, disarms it first. SIGKILL cannot be
/// caught: under systemd, the unit's TTYReset=yes puts the console back after it.
enum ConsoleRescue {
    /// Signals that end the process with the console left as the kiosk had it.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// The terminal to put back: descriptor, saved settings, and the screen sequences.
    struct TerminalRecord {
        var descriptor: Int32
        var settings: termios
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
        var byteCount: Int
    }

    /// The console font to put back: the descriptor and a `KDFONTOP` set request whose glyph
    /// buffer lives as long as the process.
    struct FontRecord {
        var descriptor: Int32
        var request: ConsoleFontRequest
        var unicodeMap: ConsoleUnicodeMapRequest?
    }

    /// Whether a terminal and a font are armed; swapped to false by whoever puts them back, so
    /// a handler racing `restore()` never does it twice.
    private static let terminalArmed = Atomic<Bool>(false)
    private static let fontArmed = Atomic<Bool>(false)
    private static let installed = Mutex(false)
    /// Written only while disarmed, read only while armed.
    nonisolated(unsafe) private static let terminal = UnsafeMutablePointer<TerminalRecord>.allocate(capacity: 1)
    nonisolated(unsafe) private static let font = UnsafeMutablePointer<FontRecord>.allocate(capacity: 1)

    // MARK: Arming

    /// Remembers `settings` and the screen-undo `bytes` (at most 64) for `descriptor`.
    static func arm(terminal descriptor: Int32, settings: termios, bytes: [UInt8]) {
        installHandlers()
        terminalArmed.store(false, ordering: .sequentiallyConsistent)
        var record = TerminalRecord(descriptor: descriptor, settings: settings, bytes: (0, 0, 0, 0, 0, 0, 0, 0), byteCount: min(bytes.count, 64))
        withUnsafeMutableBytes(of: &record.bytes) { buffer in
            for index in 0..<record.byteCount { buffer[index] = bytes[index] }
        }
        terminal.pointee = record
        terminalArmed.store(true, ordering: .sequentiallyConsistent)
    }

    /// Forgets the terminal; true when it was still armed (the caller restores it itself).
    @discardableResult
    static func disarmTerminal() -> Bool {
        terminalArmed.exchange(false, ordering: .sequentiallyConsistent)
    }

    static func arm(font record: FontRecord) {
        installHandlers()
        fontArmed.store(false, ordering: .sequentiallyConsistent)
        font.pointee = record
        fontArmed.store(true, ordering: .sequentiallyConsistent)
    }

    @discardableResult
    static func disarmFont() -> Bool {
        fontArmed.exchange(false, ordering: .sequentiallyConsistent)
    }

    // MARK: Putting back

    /// Restores whatever is armed, using only system calls (safe in a signal handler).
    static func putBack() {
        if fontArmed.exchange(false, ordering: .sequentiallyConsistent) {
            font.pointee.request.send(to: font.pointee.descriptor)
            if var map = font.pointee.unicodeMap { map.send(to: font.pointee.descriptor) }
        }
        if terminalArmed.exchange(false, ordering: .sequentiallyConsistent) {
            let descriptor = terminal.pointee.descriptor
            withUnsafeBytes(of: &terminal.pointee.bytes) { buffer in
                _ = Glibc.write(descriptor, buffer.baseAddress, terminal.pointee.byteCount)
            }
            _ = tcsetattr(descriptor, TCSANOW, &terminal.pointee.settings)
        }
    }

    /// Ends the process with the signal's default action (a core dump, and the exit status a
    /// crash has): the action is reset and the signal sent again, to arrive when this handler
    /// returns (a fault would also recur on return).
    ///
    /// The handler that was there before is not called: with the toolchain installed, Swift's
    /// backtracer has one, and called from here (or re-raised to) after a SIGABRT it printed its
    /// report and then waited in sigsuspend for good, a kiosk systemd would only restart after
    /// the watchdog. A station's static binary has no backtracer anyway (it needs the
    /// toolchain's swift-backtrace); the journal gets the core's signal.
    private static func endWithDefaultAction(_ number: Int32) {
        signal(number, SIG_DFL)
        _ = raise(number)
    }

    /// Installs the crash handlers and the atexit hook, once per process.
    private static func installHandlers() {
        installed.withLock { installed in
            guard !installed else { return }
            installed = true
            atexit { ConsoleRescue.putBack() }
            for number in crashSignals {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = { number in
                    ConsoleRescue.putBack()
                    ConsoleRescue.endWithDefaultAction(number)
                }
                sigemptyset(&action.sa_mask)
                action.sa_flags = SA_ONSTACK
                _ = sigaction(number, &action, nil)
            }
        }
    }
}
