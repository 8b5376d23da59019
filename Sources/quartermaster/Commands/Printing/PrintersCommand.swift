import ArgumentParser
import Foundation
import Printing
import QuartermasterCore
import Storage

/// `quartermaster printers`: the CUPS queues with their state and reasons, and the station's
/// own print queue (what waits, and why), so an admin sees in one place why a slip is late.
struct PrintersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printers",
        abstract: "List the CUPS queues (state, reasons) and the station's waiting print jobs.",
        discussion: """
            The print server is CUPS_SERVER if set (a socket path or host:port), else the system's.
            --send runs the station's print worker until nothing waits (or --timeout passes), for
            when no kiosk runs; --retry ID sends a failed job again (ID: the first characters of its
            station job id, as listed).
            """)

    @OptionGroup var options: StationOptions

    @Flag(help: "Also list the station's recent finished jobs.")
    var all = false

    @Flag(help: "Send the waiting jobs now and wait for them to print.")
    var send = false

    @Option(help: ArgumentHelp("Send this failed job again (station job id or its first characters).", valueName: "ID"))
    var retry: String?

    @Option(help: ArgumentHelp("With --send: how long to wait.", valueName: "SECONDS"))
    var timeout: Int = 60

    func run() async throws {
        var failures: [String] = []
        let server = options.printServer
        print("Print server: \(server)")
        do {
            let queues = try server.queues()
            print(Self.table(queues, slipPrinter: options.slipQueue))
        } catch {
            failures.append(TerminalText.escaped(error.description))
            print("  \(TerminalText.escaped(error.description))")
        }

        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            print("\nNo station database in \(options.data): no station print jobs.")
            if let first = failures.first { throw CommandFailure(first) }
            return
        }
        let database = try options.openDatabase()
        do {
            if let retry { try requeue(retry, database: database) }
            if send {
                let status = await options.printSpooler(database: database).drain(timeout: .seconds(timeout))
                print("\nSent what was due: \(status.backlog) job(s) still waiting\(status.problem.map { " (\(TerminalText.escaped($0)))" } ?? "").")
            }
            try listJobs(database)
        } catch let problem as StationProblem {
            throw CommandFailure(problem.description)
        }
        if let first = failures.first, !send { throw CommandFailure(first) }
    }

    // MARK: Queues

    static func table(_ queues: [PrintQueue], slipPrinter: String?) -> String {
        guard !queues.isEmpty else { return "  No queues. Add one with lpadmin (or the CUPS web page)." }
        var rows = [["QUEUE", "STATE", "ACCEPTS", "DRIVER", "DEVICE", "REASONS"]]
        for queue in queues {
            var name = queue.name
            if queue.isDefault { name += " (default)" }
            if queue.name == slipPrinter { name += " (slips)" }
            rows.append([
                name, queue.state.description, queue.isAcceptingJobs ? "yes" : "no",
                queue.makeAndModel ?? "raw", queue.deviceURI ?? "-",
                queue.reasons.isEmpty ? "-" : queue.reasons.joined(separator: ","),
            ].map(TerminalText.escaped))
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    // MARK: Station jobs

    private func listJobs(_ database: StationDatabase) throws(StationProblem) {
        let backlog = try database.printBacklog()
        print("\nStation print queue (\(options.databasePath)): \(backlog.isEmpty ? "nothing waits" : "\(backlog.count) waiting")")
        for job in backlog { print(Self.line(job)) }
        let finished = try database.recentPrintJobs(limit: 20).filter { !$0.state.isBacklog }
        let shown = all ? finished : finished.filter { $0.state == .failed }
        if !shown.isEmpty {
            print(all ? "\nRecent jobs:" : "\nFailed jobs (send again with --retry ID):")
            for job in shown { print(Self.line(job)) }
        }
    }

    static func line(_ job: PrintJobEntry) -> String {
        let formatter = ISO8601DateFormatter()
        var text = "  \(job.id.uuidString.prefix(8).lowercased())  \(job.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))"
            + "  \(TerminalText.escaped(job.queue))  \(TerminalText.escaped(job.title))  \(LabelPrintJob.size(job.size))  \(formatter.string(from: job.created))"
        if let cups = job.cupsJobID { text += "  CUPS job \(cups)" }
        if job.attempts > 0 { text += "  attempts \(job.attempts)" }
        if let error = job.lastError { text += "\n      \(TerminalText.escaped(error))" }
        return text
    }

    private func requeue(_ prefix: String, database: StationDatabase) throws {
        let matches = try database.recentPrintJobs(limit: 1000)
            .filter { $0.id.uuidString.lowercased().hasPrefix(prefix.lowercased()) }
        guard matches.count == 1, let job = matches.first else {
            throw CommandFailure(matches.isEmpty
                ? "No station print job starts with \"\(prefix)\"; `quartermaster printers --all` lists them."
                : "\"\(prefix)\" matches \(matches.count) jobs; give more of the id.")
        }
        guard try database.requeuePrintJob(id: job.id, at: Date()) else {
            throw CommandFailure("Job \(prefix) is \(job.state.rawValue), not failed: only failed jobs are sent again.")
        }
        print("Job \(TerminalText.escaped(prefix)) (\(TerminalText.escaped(job.title))) is queued again for \(TerminalText.escaped(job.queue)).")
    }
}
