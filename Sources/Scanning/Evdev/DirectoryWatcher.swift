#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// Watches one directory with inotify: on a station, `/dev/input`, so a scanner plugged in is
/// grabbed within a second and one unplugged is reported, without a restart and without a udev
/// monitor (which needs libudev and a running udevd).
///
/// Owns the inotify descriptor and closes it in `deinit`. Not `Sendable`: one task polls it.
public final class DirectoryWatcher {
    // MARK: Owned descriptor

    /// The directory watched.
    public let path: String
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 16 * 1024)

    /// Starts watching `path` for names appearing, changing permissions and disappearing.
    public init(path: String) throws(EvdevError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .watchFailed(path: path, errno: errno) }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM)
        guard inotify_add_watch(descriptor, path, mask) >= 0 else {
            let number = errno
            close(descriptor)
            throw .watchFailed(path: path, errno: number)
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The descriptor to wait on with `poll(2)` beside the scanners' own.
    public var fileDescriptor: Int32 { descriptor }

    // MARK: Reading changes

    /// The changes that happened, waiting at most `timeout` for the first (zero: do not wait).
    public func changes(waitingAtMost timeout: Duration = .zero) throws(EvdevError) -> [DirectoryChange] {
        var waiter = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let ready = poll(&waiter, 1, milliseconds)
        guard ready > 0 else { return [] }
        var changes: [DirectoryChange] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { return changes }
                throw .watchFailed(path: path, errno: errno)
            }
            if count == 0 { return changes }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = bytes[(offset + header)..<(offset + header + Int(event.len))]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    if !name.isEmpty {
                        if event.mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
                            changes.append(.removed(name))
                        } else {
                            changes.append(.appeared(name))
                        }
                    }
                    offset += header + Int(event.len)
                }
            }
        }
    }
}
