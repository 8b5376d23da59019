import ArgumentParser
import Foundation
import QuartermasterCore
import Rendering
import StationRuntime
import Storage

/// Options every command shares: where the data lives and who this station is.
struct StationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The station's data folder.", valueName: "DIR"))
    var data: String = ProcessInfo.processInfo.environment["QM_DATA"] ?? "data"

    @Option(name: .customLong("station"), help: ArgumentHelp("This station's id, written on every record ($QM_STATION, else station.yaml); a new database takes it (else the host name) for good, and an existing one refuses another id. Without one, the id the database was created with is used.", valueName: "ID"))
    var stationOption: String?

    @Option(name: .long, help: ArgumentHelp("Language of the kiosk and slips: en or zh ($QM_LANGUAGE, else station.yaml, else from LANG).", valueName: "LANG"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("CUPS queue that prints pickup slips ($QM_SLIP_PRINTER); without it slips are PDF files in DIR/out/.", valueName: "QUEUE"))
    var slipPrinter: String?

    @Option(name: .long, help: ArgumentHelp("Slip paper: a5, 80mm or 58mm roll ($QM_SLIP_PAPER, else a5).", valueName: "PAPER"))
    var slipPaper: String = ProcessInfo.processInfo.environment["QM_SLIP_PAPER"] ?? "a5"

    var databasePath: String { data + "/station.sqlite" }
    var outputFolder: String { data + "/out" }

    /// The values `--slip-paper` takes (`SlipPrinterOptions` maps them to paper).
    static let slipPaperChoices = PrintersConfig.slipPaperChoices

    /// `DIR/station.yaml`, checked in `validate()`; empty when there is none. Read again on
    /// every use: commands are short, and the running station resolves it once
    /// (`StationSettings`), so only short commands pay.
    var config: StationConfig { (try? StationConfig.load(folder: data)) ?? StationConfig() }

    /// The id someone gave: flag, then environment, then station.yaml; nil when none did.
    var explicitStation: String? {
        stationOption ?? ProcessInfo.processInfo.environment["QM_STATION"] ?? config.station
    }

    /// The id a new database takes: the one given, else the host name. An existing database
    /// keeps its own (`StationDatabase.stationID`), which is what commands write under.
    var station: String {
        explicitStation ?? ProcessInfo.processInfo.hostName
    }

    var resolvedLanguage: Language {
        let environment = ProcessInfo.processInfo.environment
        return Self.language(flag: language, config: config, environment: environment)
    }

    /// Flag, then $QM_LANGUAGE, then the file, then the locale.
    static func language(flag: String?, config: StationConfig, environment: [String: String]) -> Language {
        if let value = flag ?? environment["QM_LANGUAGE"] ?? config.language, let chosen = Language(configValue: value) {
            return chosen
        }
        return Language(posixLocale: environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"])
    }

    /// The scan patterns, with station.yaml's replacements.
    func scanPatterns() throws -> ScanPatterns {
        try config.patterns()
    }

    func validate() throws {
        _ = try StationConfig.load(folder: data)
        if let language, Language(configValue: language) == nil {
            throw ValidationError("Unknown language \"\(language)\": use en or zh.")
        }
        guard !station.isEmpty else { throw ValidationError("The station id must not be empty.") }
        guard Self.slipPaperChoices.contains(slipPaper.lowercased()) else {
            throw ValidationError("Unknown slip paper \"\(slipPaper)\": use a5, 80mm or 58mm.")
        }
    }

    /// Opens (creating and migrating if needed) the station database, or says why it cannot.
    func openDatabase() throws -> StationDatabase {
        do {
            return try settings(config: config).openDatabase()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// What the running station takes from these options, station.yaml (`config`) and the
    /// environment: flags win over the environment, which wins over the file.
    func settings(config: StationConfig, environment: [String: String] = ProcessInfo.processInfo.environment) -> StationSettings {
        let explicit = stationOption ?? environment["QM_STATION"] ?? config.station
        var settings = StationSettings(
            data: data, explicitStation: explicit, newStation: explicit ?? ProcessInfo.processInfo.hostName,
            language: Self.language(flag: language, config: config, environment: environment), environment: environment)
        settings.idleTimeout = config.idleTimeout ?? 120
        settings.scanPatterns = (try? config.patterns()) ?? ScanPatterns()
        settings.reception = config.reception
        settings.slipQueue = (slipPrinter ?? environment["QM_SLIP_PRINTER"] ?? config.printers?.slip).flatMap { $0.isEmpty ? nil : $0 }
        // --slip-paper defaults to $QM_SLIP_PAPER, else a5; only then does the file's choice count.
        let paperGiven = slipPaper.lowercased() != "a5" || environment["QM_SLIP_PAPER"] != nil
        settings.slipPaper = Self.paper(paperGiven ? slipPaper : config.printers?.slipPaper ?? slipPaper)
        settings.scanners = config.scanners?.deviceOptions
        settings.camera = config.camera?.configuration
        settings.metricsAddress = try? config.metricsAddress()
        settings.consoleFont = config.consoleFont
        settings.configPath = config.source.path
        return settings
    }

    /// The paper a `--slip-paper` or `printers.slip_paper` value names (validated before).
    static func paper(_ name: String) -> SlipPaper {
        switch name.lowercased() {
        case "80mm", "80": .roll(widthMM: 80)
        case "58mm", "58": .roll(widthMM: 58)
        default: .a5
        }
    }
}

/// A failure the person at the command line can act on, exit status 1. Its text usually quotes
/// what someone else supplied (a CSV cell, a printer's status, a scanned code), so every line is
/// escaped here, once, before ArgumentParser prints it to the terminal.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) {
        self.description = description.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
    }
}

extension StationOptions {
    /// How new asset tags are numbered (station.yaml `asset_tags`, default `FA-` + 6 digits).
    func tagNumbering() throws -> AssetTagNumbering {
        try config.tagNumbering()
    }
}
