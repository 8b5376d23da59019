internal import Dispatch
internal import Glibc
internal import Synchronization

/// Reads the descriptor and decodes keys; all its work runs on its queue.
final class KeyPump: Sendable {
    private struct State {
        var decoder = KeyDecoder()
        /// Counts reads, so a silence timer set before the latest read knows it is stale.
        var generation: UInt64 = 0
        var source: (any DispatchSourceRead)?
    }

    private let descriptor: Int32
    private let device: TerminalDevice?
    private let queue: DispatchQueue
    private let escapeTimeout: Duration
    private let continuation: AsyncStream<Key>.Continuation
    private let state = Mutex(State())

    init(descriptor: Int32, device: TerminalDevice?, queue: DispatchQueue, escapeTimeout: Duration,
         continuation: AsyncStream<Key>.Continuation) {
        self.descriptor = descriptor
        self.device = device
        self.queue = queue
        self.escapeTimeout = escapeTimeout
        self.continuation = continuation
    }

    func start() {
        state.withLock { state in
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            source.setEventHandler { [self] in readAvailable() }
            source.resume()
            state.source = source
        }
    }

    /// Cancels reading; called when the stream terminates for any reason.
    func stop() {
        let source = state.withLock { state in
            defer { state.source = nil }
            return state.source
        }
        source?.cancel()
    }

    /// Ends the stream (which in turn stops reading).
    func finish() {
        continuation.finish()
    }

    /// Reads until nothing more is waiting. Dispatch reports a hang-up that arrives together
    /// with data only once, so after each read the descriptor is polled (without waiting) to
    /// catch the end of input too.
    private func readAvailable() {
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && errno == EAGAIN { return }
            guard count > 0 else {
                // End of file, or EIO after a hang-up: the terminal is gone.
                let keys = state.withLock { $0.decoder.flush() }
                keys.forEach { continuation.yield($0) }
                continuation.finish()
                return
            }
            decode(buffer[..<count])
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 0) > 0 else { return }
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) {
        let (keys, pending, generation) = state.withLock { state in
            state.generation &+= 1
            let keys = state.decoder.feed(bytes)
            return (keys, state.decoder.hasPendingInput, state.generation)
        }
        keys.forEach { continuation.yield($0) }
        if pending {
            queue.asyncAfter(deadline: .now() + .nanoseconds(Self.nanoseconds(escapeTimeout))) { [self] in
                flushIfQuiet(since: generation)
            }
        }
    }

    private func flushIfQuiet(since generation: UInt64) {
        let keys = state.withLock { state in
            state.generation == generation ? state.decoder.flush() : []
        }
        keys.forEach { continuation.yield($0) }
    }

    private static func nanoseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    }
}
