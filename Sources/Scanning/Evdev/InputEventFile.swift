#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// Raw `struct input_event` records from a file or a pipe (or standard input): the same bytes a
/// device delivers, captured with e.g. `cat /dev/input/eventN > scan.raw` on another machine.
///
/// Decoding is the device's decoding (`RawInputEventParser`); only the grab and the ioctls a
/// device needs are missing. Owns its descriptor and closes it in `deinit`, except standard
/// input, which it borrows.
public final class InputEventFile {
    // MARK: Owned descriptor

    /// The path it was opened from ("-" for standard input), for messages.
    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var parser = RawInputEventParser()
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    // MARK: Opening

    /// Opens `path` for reading; "-" reads standard input.
    public init(path: String) throws(EvdevError) {
        self.path = path
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw .openFailed(path: path, errno: errno) }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    // MARK: Reading

    /// The next events, blocking until some arrive; nil at the end of the file or pipe.
    public func next() throws(EvdevError) -> [InputEvent]? {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, errno: errno)
            }
            if count == 0 { return nil }
            var events: [InputEvent] = []
            buffer.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count]), into: &events) }
            if !events.isEmpty { return events }
        }
    }

    /// Every event until the end.
    public func readAll() throws(EvdevError) -> [InputEvent] {
        var all: [InputEvent] = []
        while let events = try next() { all += events }
        return all
    }

    /// Bytes of a record cut short at the end of the input (a truncated capture).
    public var trailingByteCount: Int { parser.pendingByteCount }
}
