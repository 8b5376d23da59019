internal import Logging
internal import ServiceLifecycle
internal import Terminal

/// The kiosk's terminal, taken over before the group starts (raw mode, alternate screen) and
/// put back as found when the station stops: after the kiosk has stopped drawing, before the
/// database closes. `TerminalDevice.restore()` is idempotent, so a crash path calling it too
/// does no harm.
struct TerminalService: Service {
    let device: TerminalDevice
    /// Puts the console font and VT mode back, when the runtime changed them.
    let restoreConsole: (@Sendable () -> Void)?
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        restoreConsole?()
        device.restore()
        logger.debug("terminal restored")
    }
}
