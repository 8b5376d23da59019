internal import Logging
internal import Synchronization

/// Sends READY=1 once every part the station waits for has said it is up (the kiosk on
/// screen, the scanners open), and only once.
final class ReadinessGate: Sendable {
    private let pending: Mutex<Set<String>?>
    private let notifier: SystemdNotifier
    private let logger: Logger

    init(parts: Set<String>, notifier: SystemdNotifier, logger: Logger) {
        pending = Mutex(parts)
        self.notifier = notifier
        self.logger = logger
    }

    /// `part` is up; the last one sends READY=1.
    func ready(_ part: String) {
        let complete = pending.withLock { pending -> Bool in
            guard var parts = pending else { return false }
            parts.remove(part)
            guard parts.isEmpty else { pending = parts; return false }
            pending = nil
            return true
        }
        guard complete else { return }
        notifier.notify("READY=1")
        logger.info("station ready")
    }
}
