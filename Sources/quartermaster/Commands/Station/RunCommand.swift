import ArgumentParser
import Foundation
import StationRuntime

/// `quartermaster run --config FILE` (a contract): the station as systemd runs it, everything
/// from one YAML file.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the station (kiosk, scanners, printing) from one configuration file.",
        discussion: """
            The file (YAML; config/station.example.yaml lists every key) names the data folder, \
            the station id, scanners, camera, printers, language, timeouts, retention, console \
            font, metrics address and log level. It is checked before anything starts: an error \
            names the line and the key. SIGHUP reads it again (the language and reception's \
            closing time apply at once; the rest on restart); SIGTERM stops the station cleanly.

            Under systemd (Type=notify) the station says READY=1 once the kiosk is on screen and \
            the scanners are open, WATCHDOG=1 while it works, STOPPING=1 on the way out. Logs go \
            to standard error with journald priorities.
            """)

    @Option(help: ArgumentHelp("The station's configuration file.", valueName: "FILE"))
    var config: String = "/etc/quartermaster/station.yaml"

    func run() async throws {
        let file: StationConfig
        do {
            file = try StationConfig.load(path: config, missingIsEmpty: false)
        } catch {
            throw CommandFailure(error.description)
        }
        let settings = try Self.settings(file)
        let path = config
        try await StationLauncher(settings: settings, logLevel: file.logLevel) {
            try Self.settings(StationConfig.load(path: path, missingIsEmpty: false))
        }.run()
    }

    /// The file's settings: its data folder (else $QM_DATA, else ./data), created if missing.
    static func settings(_ file: StationConfig) throws -> StationSettings {
        let environment = ProcessInfo.processInfo.environment
        var options = try StationOptions.parse([])
        options.data = file.data ?? environment["QM_DATA"] ?? "data"
        do {
            try FileManager.default.createDirectory(atPath: options.data, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(file.source.path): key \"data\": cannot create the data folder \(options.data): \(error.localizedDescription)")
        }
        return options.settings(config: file, environment: environment)
    }
}
