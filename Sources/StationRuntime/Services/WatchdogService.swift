internal import Logging
internal import ServiceLifecycle

/// WATCHDOG=1 at half of systemd's WATCHDOG_USEC, but only after the kiosk's queue has
/// answered: an engine stuck in a write (a dead disk) stops the pings, and systemd restarts the
/// station instead of leaving a frozen screen. Without a watchdog it returns at once.
struct WatchdogService: Service {
    let notifier: SystemdNotifier
    /// Returns once the kiosk has handled everything queued before it.
    let probe: @Sendable () async -> Void

    func run() async throws {
        guard let interval = notifier.watchdogInterval else { return }
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await probe()
            notifier.notify("WATCHDOG=1")
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }
}
