import ArgumentParser
import Foundation
import QuartermasterCore
import Rendering
import Station
import Storage

/// `quartermaster kiosk`: the full-screen kiosk on this terminal, or a script of scans.
struct KioskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the station kiosk on an existing data folder.",
        discussion: """
            Keys: F1 pickup, F2 receive, F3 return, F4 undo, F5 or Enter accept a recipient,
            Esc cancel, F10 sign out, Ctrl+C quit. A keyboard-wedge scanner types like a keyboard:
            each scan ends with Enter (or Tab).
            With --script FILE the kiosk runs without a terminal: one scan per line, @accept,
            @undo, @cancel, @signout, @pickup, @receive, @return for keys, # for comments; each
            resulting message is printed on its own line.
            """)

    @OptionGroup var options: StationOptions

    @Option(help: ArgumentHelp("Sign the person out after this many seconds without a scan or key.", valueName: "SECONDS"))
    var idleTimeout: Double = 120

    @Option(help: ArgumentHelp("Run the scans in FILE (- for standard input) instead of the terminal.", valueName: "FILE"))
    var script: String?

    func run() async throws {
        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            throw CommandFailure("""
                There is no station database in \(options.data).
                Import people, items and requisitions first (quartermaster import --help),
                or try the demo: quartermaster demo --data \(options.data)
                """)
        }
        var engine = try makeEngine()
        if let script {
            try runScript(script, engine: &engine)
        } else {
            try await KioskSession(engine: engine, options: options).run()
        }
    }

    func makeEngine() throws -> KioskEngine<StationDatabase, PDFSlipFolder> {
        let database = try options.openDatabase()
        let slips = PDFSlipFolder(
            folder: options.outputFolder,
            renderer: SlipRenderer(language: options.resolvedLanguage, timeZone: .current))
        return KioskEngine(
            flow: KioskFlow(station: options.station, idleTimeout: idleTimeout),
            resolver: ScanResolver(classifier: ScanClassifier(patterns: ScanPatterns()), store: database),
            slips: slips)
    }

    /// Runs a written session; every message goes to standard output as it happens, so a
    /// watcher (or a test that kills the process) sees exactly how far it got.
    private func runScript(_ path: String, engine: inout KioskEngine<StationDatabase, PDFSlipFolder>) throws {
        let language = options.resolvedLanguage
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else { throw CommandFailure("Cannot read \(path).") }
            handle = opened
        }
        var pending = Data()
        func perform(_ line: Substring) {
            guard let step = KioskScript.step(line) else { return }
            switch step {
            case .scan(let text): engine.scan(text, at: Date())
            case .input(let input): engine.handle(input, at: Date())
            }
            var out = engine.state.notice.text(language)
            if let slip = engine.state.slipNote, case .pickupRecorded = engine.state.notice { out += " Slip: \(slip)" }
            FileHandle.standardOutput.write(Data((out + "\n").utf8))
        }
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                perform(Substring(line))
            }
        }
        if !pending.isEmpty { perform(Substring(String(decoding: pending, as: UTF8.self))) }
    }
}
