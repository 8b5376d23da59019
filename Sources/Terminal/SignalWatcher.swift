internal import Dispatch
internal import Glibc
internal import Synchronization

/// Watches a signal through a dispatch source (no handler, no global state) until stopped.
final class SignalWatcher: Sendable {
    private let source: Mutex<(any DispatchSourceSignal)?>

    init(signal number: Int32, queue: DispatchQueue, handler: @escaping @Sendable () -> Void) {
        Self.ignoreIfDefault(number)
        source = Mutex(nil)
        source.withLock { source in
            let watcher = DispatchSource.makeSignalSource(signal: number, queue: queue)
            watcher.setEventHandler(handler: handler)
            watcher.resume()
            source = watcher
        }
    }

    /// Sets the signal to be ignored, as dispatch sources require, but only while it still has
    /// its default action.
    ///
    /// On Linux, libdispatch installs its own handler for a watched signal the first time a
    /// source for it is armed, and never again; setting SIG_IGN after that (a second
    /// `TerminalInput`, say, after a serial terminal reconnects) would silently discard every
    /// later signal. An application's own handler is left alone for the same reason.
    private static func ignoreIfDefault(_ number: Int32) {
        var current = sigaction()
        guard sigaction(number, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else {
            return
        }
        signal(number, SIG_IGN)
    }

    func stop() {
        let source = self.source.withLock { source in
            defer { source = nil }
            return source
        }
        source?.cancel()
    }
}
