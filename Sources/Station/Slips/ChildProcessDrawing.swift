internal import CSpawn
internal import Foundation
public import Rendering

/// Documents drawn by a child process, one per document: `quartermaster draw` (by default this
/// same binary, `/proc/self/exe`) reads the order as JSON on its standard input and writes the
/// PDF on its standard output. The running station prints this way: cairo, Pango, fontconfig,
/// the fonts and their caches (about 13 MB once a first slip is drawn, BENCHMARKS.md) are loaded
/// into a process that ends with the document, and a crash in one of them ends that process,
/// not the station (the slip stays owed and the screen says why).
///
/// Input, output and error text go through anonymous memory files (memfd), so nothing is
/// written to disk and neither side can block the other on a full pipe. The child starts with
/// no descriptor of the station's but those three, an empty signal mask and every signal's
/// default action, and is killed if it has not ended within `timeout`.
public struct ChildProcessDrawing: DocumentDrawing {
    public var executable: String
    public var timeout: Duration

    public init(executable: String = "/proc/self/exe", timeout: Duration = .seconds(60)) {
        self.executable = executable
        self.timeout = timeout
    }

    public func pdf(_ order: DocumentOrder) throws(DrawingFailure) -> [UInt8] {
        let request: Data
        do {
            request = try JSONEncoder().encode(order)
        } catch {
            throw DrawingFailure("The \(order.summary) could not be written as an order for the drawing process: \(error)")
        }
        let input = try MemoryFile("qm-draw-order")
        let output = try MemoryFile("qm-draw-pdf")
        let errors = try MemoryFile("qm-draw-errors")
        try input.write(Array(request))
        let pid = try spawn(stdin: input.fd, stdout: output.fd, stderr: errors.fd)
        switch wait(pid) {
        case .exited(0):
            let pdf = try output.contents()
            guard pdf.starts(with: Array("%PDF-".utf8)) else {
                throw DrawingFailure("The drawing process answered with \(pdf.count) bytes that are not a PDF document.")
            }
            return pdf
        case .exited(let status):
            throw DrawingFailure(Self.reason(try errors.contents()) ?? "The drawing process ended with status \(status) and said nothing.")
        case .signalled(let signal):
            throw DrawingFailure("The drawing process was ended by signal \(signal) (\(String(cString: strsignal(signal)))) while drawing the \(order.summary).")
        case .timedOut:
            throw DrawingFailure("The drawing process did not finish the \(order.summary) within \(timeout) and was stopped.")
        case .lost(let code):
            throw DrawingFailure("The drawing process could not be waited for (\(String(cString: strerror(code)))).")
        }
    }

    /// What the child said on standard error, without ArgumentParser's "Error: " and at most
    /// 2,000 characters (it is shown at the station and kept with the slip still owed).
    static func reason(_ bytes: [UInt8]) -> String? {
        var text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        return text.isEmpty ? nil : String(text.prefix(2_000))
    }

    private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws(DrawingFailure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        qm_spawnattr_clean_signals(&attributes)
        let argv = [strdup(executable), strdup("draw"), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw DrawingFailure("The drawing process (\(executable) draw) could not be started: \(String(cString: strerror(spawned))).")
        }
        return pid
    }

    private enum Ending { case exited(Int32), signalled(Int32), timedOut, lost(Int32) }

    /// Waits for the child, looking every few milliseconds (a document takes tens of them), and
    /// kills it at the deadline. Blocking: the station draws on its kiosk's queue, never on the
    /// cooperative pool.
    private func wait(_ pid: pid_t) -> Ending {
        let deadline = ContinuousClock.now + timeout
        var pause: UInt32 = 1_000
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { return .lost(errno) }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
}

/// An anonymous file in memory, closed when released.
private final class MemoryFile {
    let fd: Int32

    init(_ name: String) throws(DrawingFailure) {
        fd = qm_memory_file(name)
        guard fd >= 0 else { throw DrawingFailure("No memory file for the drawing process: \(String(cString: strerror(errno))).") }
    }

    deinit { close(fd) }

    /// Writes `bytes` and goes back to the start, for the child to read.
    func write(_ bytes: [UInt8]) throws(DrawingFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw DrawingFailure("The order for the drawing process could not be written: \(String(cString: strerror(errno))).") }
            written += count
        }
        lseek(fd, 0, SEEK_SET)
    }

    /// Everything the child wrote, from the start.
    func contents() throws(DrawingFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw DrawingFailure("The drawing process's answer could not be read: \(String(cString: strerror(errno))).") }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            offset += off_t(count)
        }
    }
}
