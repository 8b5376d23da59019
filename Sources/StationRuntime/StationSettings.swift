public import Foundation
public import Printing
public import QuartermasterCore
public import Rendering
public import Scanning
public import Station
public import Storage

/// Everything the running station needs, resolved once at start from station.yaml, flags and
/// environment (the executable does the resolving: `run --config`, `kiosk`, `demo`). The
/// services read these values; nothing reopens the file while the station runs (SIGHUP does,
/// through `StationConfig.load`).
public struct StationSettings: Sendable {
    /// The folder with station.sqlite and out/.
    public var data: String
    /// The id someone gave (flag, environment, file); nil lets the database keep its own.
    public var explicitStation: String?
    /// The id a new database takes when none was given.
    public var newStation: String
    public var language: Language
    public var idleTimeout: TimeInterval = 120
    public var scanPatterns = ScanPatterns()
    public var reception: ReceptionConfig?
    public var slipQueue: String?
    public var slipPaper: SlipPaper = .a5
    public var printServer: PrintServer
    /// Read scanners directly (evdev); nil for keyboard-wedge scanners only.
    public var scanners: ScannerDeviceOptions?
    public var camera: CameraConfiguration?
    /// Scans that arrive as if a scanner typed them (`kiosk --scanner-replay`), one per delay.
    public var replay: [ScannerFeed] = []
    public var replayDelay: Duration = .milliseconds(300)
    public var metricsAddress: MetricsAddress?
    public var consoleFont: String?
    /// Kiosk mode on a station's console: Ctrl+C does not quit, keyboard signals are ignored.
    public var locked = false
    /// The file SIGHUP rereads (`run --config FILE`, or DIR/station.yaml).
    public var configPath: String?
    public var environment: [String: String]

    public init(data: String, explicitStation: String?, newStation: String, language: Language, environment: [String: String]) {
        self.data = data
        self.explicitStation = explicitStation
        self.newStation = newStation
        self.language = language
        self.environment = environment
        printServer = PrintServer(environment: environment)
    }

    public var databasePath: String { data + "/station.sqlite" }
    public var outputFolder: String { data + "/out" }

    /// The slip renderer for this station's language, zone and paper.
    public var slipRenderer: SlipRenderer {
        SlipRenderer(language: language, timeZone: .current, paper: slipPaper)
    }

    /// Slips go to the slip printer's queue when one is configured, else to PDF files.
    public func slipOutput(database: StationDatabase) -> StationSlipOutput {
        if let slipQueue {
            return StationSlipOutput(destination: .queue(slipQueue, renderer: slipRenderer), database: database)
        }
        return StationSlipOutput(destination: .folder(PDFSlipFolder(folder: outputFolder, renderer: slipRenderer)), database: database)
    }

    /// The worker that sends the station's queued jobs to CUPS and follows them.
    public func printSpooler(database: StationDatabase) -> PrintSpooler<PrintWorkerStore> {
        PrintSpooler(server: printServer, store: PrintWorkerStore(database: database))
    }

    /// Opens (creating and migrating if needed) the station database, or says why it cannot.
    public func openDatabase() throws(StationRuntimeError) -> StationDatabase {
        do {
            return try StationDatabase(path: databasePath, stationID: explicitStation, newStationID: newStation)
        } catch {
            throw StationRuntimeError("Cannot open the station database at \(databasePath): \(error.description)")
        }
    }

    /// The kiosk engine on `database`, with this station's timeout, patterns, rules and closing
    /// time, drawing its slips, badges and roll calls with `drawing`.
    public func makeEngine(database: StationDatabase, drawing: any DocumentDrawing = InProcessDrawing()) throws(StationConfigError) -> StationKioskEngine {
        var slips = slipOutput(database: database)
        slips.siteRules = reception?.siteRules ?? .standard
        slips.drawing = drawing
        var engine = KioskEngine(
            router: KioskRouter(station: database.stationID, idleTimeout: idleTimeout, jobs: KioskJobs.station),
            resolver: ScanResolver(classifier: ScanClassifier(patterns: scanPatterns), store: database),
            slips: slips)
        engine.receptionSchedule = try reception?.schedule(
            timeZone: database.stationTimeZone, source: StationConfigSource(path: configPath ?? data + "/" + StationConfig.fileName))
        return engine
    }
}
