import Foundation
import Logging
import StationRuntime

/// Starts the running station (`run`, `kiosk` on a terminal, `demo`): logs to standard error
/// in the journal's format, then the service group in StationRuntime. Errors come back as
/// `CommandFailure`s, escaped, exit status 1.
struct StationLauncher {
    var settings: StationSettings
    /// station.yaml's `log_level` (validated when the file was read); info by default.
    var logLevel: String?
    /// Reads the configuration again on SIGHUP.
    var reload: @Sendable () throws -> StationSettings

    func run() async throws {
        let level = logLevel.flatMap(LogLevelName.init)?.level ?? .info
        let environment = settings.environment
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, level: level, environment: environment) }
        var runtime = StationRuntime(settings: settings, logger: Logger(label: "quartermaster"))
        runtime.reload = reload
        do {
            try await runtime.run()
        } catch let error as StationRuntimeError {
            throw CommandFailure(error.description)
        } catch let error as StationConfigError {
            throw CommandFailure(error.description)
        }
    }
}
