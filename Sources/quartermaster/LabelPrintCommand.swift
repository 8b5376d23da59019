import ArgumentParser
import Foundation
import Printing
import QuartermasterCore
import Rendering
import Storage

/// `quartermaster label print --template NAME --printer QUEUE (--set … | --csv FILE)`: a label
/// or a whole CSV batch rendered as ONE document, kept in the station's print queue, and
/// followed until CUPS says it printed. One job, not a thousand, so a batch cannot half print
/// or print twice when the printer hiccups; and since the job is stored first, a printer that
/// is offline only delays it.
struct LabelPrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a label, or one label per CSV row as one job, through a CUPS queue.",
        discussion: """
            Driver queues get PDF; raw queues (label printers on port 9100, receipt printers) get
            the template's printer language, ZPL unless the template says ESC/POS (--format
            overrides). The job is kept in the station's print queue (DIR/station.sqlite) until
            CUPS reports it printed; the command waits for that (up to --timeout seconds). If the
            printer is offline the job stays queued and the kiosk, or
            `quartermaster printers --send`, sends it once the printer is back.
            """)

    @Option(help: ArgumentHelp("Template name (asset-62x29) or path to a .yaml file.", valueName: "NAME"))
    var template: String

    @Option(help: ArgumentHelp("The CUPS queue to print on (see `quartermaster printers`).", valueName: "QUEUE"))
    var printer: String

    @Option(name: .customLong("set"), parsing: .singleValue,
            help: ArgumentHelp("A field value, repeatable: --set tag=FA-000123 --set name=张三.", valueName: "FIELD=VALUE"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("Print one label per row of this CSV file (UTF-8, header row), as one job.", valueName: "FILE"))
    var csv: String?

    @Option(help: ArgumentHelp("pdf, zpl or escpos (default: PDF for driver queues, the template's language for raw ones).", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "Queue the job and return without waiting for it to print.")
    var noWait = false

    @Option(help: ArgumentHelp("How long to wait for the job to print.", valueName: "SECONDS"))
    var timeout: Int = 120

    @OptionGroup var options: StationOptions

    /// Batches at least this long report progress on stderr.

    func validate() throws {
        _ = try LabelInput.fields(assignments)
        guard !printer.isEmpty else { throw ValidationError("--printer needs a queue name (see `quartermaster printers`).") }
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second.") }
    }

    func run() async throws {
        let (records, lines) = try records()
        let target = try target()
        let rendering = LabelPrintTemplates(library: .standard(
            currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment))
        let document = try rendering.render(
            template: template, records: records, lines: lines, for: target, progress: LabelInput.progress(total: records.count))

        let database = try options.openDatabase()
        let count = records.count
        let title = "Labels \(URL(fileURLWithPath: template).deletingPathExtension().lastPathComponent) ×\(count)"
        let job: PrintJobEntry
        do {
            job = try database.enqueuePrintJob(
                queue: printer, format: document.format.rawValue, title: title, payload: document.bytes,
                options: document.options, at: Date())
        } catch {
            throw CommandFailure("The labels could not be queued: \(error.description)")
        }
        say("Queued \(count) label(s) as one \(document.language.uppercased()) job of \(Self.size(document.bytes.count)) for \(printer) (station job \(job.id.uuidString.prefix(8).lowercased())).")
        guard !noWait else { return }
        try await follow(job.id, database: database)
    }

    // MARK: Following the job

    /// Runs the print worker until this job is finished, saying what happens along the way.
    private func follow(_ id: UUID, database: StationDatabase) async throws {
        let spooler = options.printSpooler(database: database)
        let deadline = ContinuousClock.now + .seconds(timeout)
        var said: Set<String> = []
        while true {
            let status = await spooler.passOffThePool()
            guard let entry = try? database.printJob(id: id) else {
                throw CommandFailure("The queued job \(id) disappeared from \(options.databasePath).")
            }
            switch entry.state {
            case .completed:
                say("Printed: CUPS job \(entry.cupsJobID.map(String.init) ?? "?") on \(printer) completed.")
                return
            case .failed:
                throw CommandFailure("The labels did not print: \(entry.lastError ?? "CUPS gave up on the job").")
            case .cancelled:
                throw CommandFailure("The label job was cancelled: \(entry.lastError ?? "cancelled in CUPS").")
            case .pending, .submitted:
                if let cups = entry.cupsJobID, said.insert("sent").inserted {
                    say("Sent to \(printer) as CUPS job \(cups); waiting for it to print…")
                }
                if let problem = entry.lastError ?? status.problem, said.insert(problem).inserted {
                    say("Waiting: \(problem)")
                }
            }
            guard ContinuousClock.now < deadline else {
                throw CommandFailure("""
                    The labels have not printed after \(timeout) s\(entry.lastError.map { ": \($0)" } ?? ".")
                    The job stays in the station's print queue: the kiosk, or `quartermaster printers --send`,
                    sends it once the printer is back. `quartermaster printers` shows it.
                    """)
            }
            try await Task.sleep(for: .milliseconds(250))
        }
    }

    // MARK: The queue and the records

    /// The queue's kind, from CUPS. With CUPS out of reach the job can still be queued if the
    /// format is named; otherwise the station cannot tell PDF from ZPL and says so.
    private func target() throws -> LabelPrintTarget {
        do {
            guard let queue = try options.printServer.queue(named: printer) else {
                throw CommandFailure(PrintingError.queueNotFound(printer).description)
            }
            return LabelPrintTarget(queue: queue, requestedFormat: format)
        } catch let error as PrintingError {
            guard let format else {
                throw CommandFailure("\(error.description)\nTo queue the labels anyway, name the format with --format pdf|zpl|escpos.")
            }
            say("Note: \(error.description) The job is queued and sent when the print server answers.")
            return LabelPrintTarget(queue: printer, kind: format.lowercased() == "pdf" ? .driver : .raw, requestedFormat: format)
        }
    }

    /// The labels' fields, and for a CSV batch the line each row starts on.
    private func records() throws -> (records: [[String: String]], lines: [Int]?) {
        let given = try LabelInput.fields(assignments)
        // One label from --set (a template whose fields all have defaults, like the mode card,
        // needs none; a missing required field is named by the renderer).
        guard let csv else { return ([given], nil) }
        let table = try LabelInput.batch(csv)
        return (table.labelRecords.map { row in given.merging(row) { _, fromRow in fromRow } }, table.labelLines)
    }


    // MARK: Output


    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576)
            : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
