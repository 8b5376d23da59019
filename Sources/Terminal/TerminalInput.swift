internal import Dispatch
internal import Glibc

/// The keys typed on a terminal and its size changes, as async sequences.
///
/// Reading happens on a private dispatch queue woken by the descriptor becoming readable, so
/// no thread sits blocked and nothing is polled. A lone ESC is held by `KeyDecoder` and
/// released as `.escape` once the terminal has been quiet for `escapeTimeout`. When the
/// terminal goes away (hang-up, end of file) `keys` finishes; the station treats that as the
/// screen being lost.
///
/// Each stream has one consumer. Reading stops when `stop()` is called, when a consumer's task
/// is cancelled, or when the streams are no longer referenced.
public final class TerminalInput: Sendable {
    /// The keys pressed, in order.
    public let keys: AsyncStream<Key>
    /// One element per size change (SIGWINCH): ask the device for its new `size()` and render.
    /// Serial consoles never change size, so there this stream stays silent.
    public let resizes: AsyncStream<Void>

    private let keyPump: KeyPump
    private let resizeContinuation: AsyncStream<Void>.Continuation

    // MARK: Starting

    /// Starts reading `device`'s keys. The device is kept open while the keys are read.
    public convenience init(device: TerminalDevice, escapeTimeout: Duration = .milliseconds(50)) {
        self.init(descriptor: device.inputDescriptor, keeping: device, escapeTimeout: escapeTimeout)
    }

    /// Starts reading keys from `descriptor`, which the caller keeps open: a terminal, or in
    /// tests a pipe.
    public convenience init(descriptor: Int32, escapeTimeout: Duration = .milliseconds(50)) {
        self.init(descriptor: descriptor, keeping: nil, escapeTimeout: escapeTimeout)
    }

    private init(descriptor: Int32, keeping device: TerminalDevice?, escapeTimeout: Duration) {
        let queue = DispatchQueue(label: "Quartermaster.TerminalInput")

        let (keys, keyContinuation) = AsyncStream.makeStream(of: Key.self, bufferingPolicy: .unbounded)
        let pump = KeyPump(descriptor: descriptor, device: device, queue: queue,
                           escapeTimeout: escapeTimeout, continuation: keyContinuation)
        keyContinuation.onTermination = { _ in pump.stop() }

        // Several size changes before the consumer looks are one redraw.
        let (resizes, resizeContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let watcher = SignalWatcher(signal: SIGWINCH, queue: queue) { resizeContinuation.yield() }
        resizeContinuation.onTermination = { _ in watcher.stop() }

        self.keys = keys
        self.resizes = resizes
        self.keyPump = pump
        self.resizeContinuation = resizeContinuation
        pump.start()
    }

    // MARK: Stopping

    /// Stops reading and finishes both streams. The descriptor is left open.
    public func stop() {
        keyPump.finish()
        resizeContinuation.finish()
    }
}
