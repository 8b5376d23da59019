import Glibc

/// A pseudo-terminal pair for tests: the replica side is a real terminal the device under test
/// opens by path, the primary side plays the person at the keyboard and the screen.
final class PseudoTerminal {
    /// The terminal's far end: write keys here, read what the program displayed.
    let primary: Int32
    /// The path of the terminal the program opens, such as `/dev/pts/3`.
    let replicaPath: String
    /// A replica descriptor kept open so settings can be read at any time and closing the
    /// device under test never hangs the terminal up.
    let observer: Int32

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init() throws {
        var primary: Int32 = -1
        var replica: Int32 = -1
        guard openpty(&primary, &replica, nil, nil, nil) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: errno \(errno)")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard ttyname_r(replica, &name, name.count) == 0 else {
            close(primary)
            close(replica)
            throw Failure(description: "ttyname_r failed: errno \(errno)")
        }
        self.primary = primary
        self.observer = replica
        self.replicaPath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        close(observer)
        close(primary)
    }

    /// Sets the size the terminal reports, as an emulator does when its window changes.
    func setSize(columns: Int, rows: Int) {
        var window = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &window)
    }

    /// The terminal's current settings.
    func attributes() -> termios {
        var settings = termios()
        _ = tcgetattr(observer, &settings)
        return settings
    }

    /// Types `bytes` as if from the keyboard.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
    }

    /// Everything the program has displayed so far, up to `limit` bytes: reads until nothing
    /// more arrives for `quiet` milliseconds.
    func drain(quiet: Int32 = 100, upTo limit: Int = .max) -> [UInt8] {
        var result: [UInt8] = []
        var request = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        while result.count < limit, poll(&request, 1, quiet) > 0 {
            var buffer = [UInt8](repeating: 0, count: min(4096, limit - result.count))
            let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            result += buffer[..<count]
        }
        return result
    }
}
