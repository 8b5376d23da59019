import Foundation
import Printing
import QuartermasterCore
import Rendering
import Storage

/// One batch of labels from records to "CUPS says it printed": rendered as ONE document, kept
/// in the station's print queue, followed until CUPS reports it done. `label print`, `tags
/// print`, `tags locations` and `tags reprint` all print through here, so a batch cannot half
/// print or print twice when the printer hiccups, and an offline printer only delays it.
struct LabelPrintJob {
    var template: String
    var printer: String
    /// `--format`: pdf, zpl or escpos; nil for the queue's own kind.
    var format: String?
    var noWait: Bool
    var timeout: Int
    var options: StationOptions

    /// How the rendered document enters the print queue, given the database, the document and
    /// the job's title; tags record their counters in the same transaction.
    typealias Enqueue = (StationDatabase, LabelPrintDocument, String) throws -> PrintJobEntry

    /// Renders, queues and (unless `noWait`) follows the job; nil `enqueue` queues it plainly.
    func run(records: [[String: String]], lines: [Int]?, enqueue: Enqueue? = nil) async throws {
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
            if let enqueue {
                job = try enqueue(database, document, title)
            } else {
                job = try database.enqueuePrintJob(
                    queue: printer, format: document.format.rawValue, title: title, payload: document.bytes,
                    options: document.options, at: Date())
            }
        } catch {
            throw CommandFailure(TerminalText.escaped("The labels could not be queued: \(error)"))
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

    // MARK: The queue

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

    // MARK: Output

    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576)
            : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }
}
