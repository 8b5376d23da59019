import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster slip reprint REQUISITION`: a copy of a torn or lost pickup slip, recorded in
/// the journal with who asked.
struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip", abstract: "Pickup slips.", subcommands: [Reprint.self])

    struct Reprint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a requisition's latest pickup slip again (recorded as slip.reprinted), and any slip still owed.",
            discussion: """
                The copy shows what the slip showed when it was made. It goes where the kiosk's slips go:
                the slip printer's queue (--slip-printer, sent by a running kiosk or by
                `quartermaster printers --send`), else a PDF file in DIR/out/.
                """)

        @Argument(help: "The requisition number, as on the slip.")
        var requisition: String

        @Option(help: ArgumentHelp("Who asked for the copy, for the journal (default: the login name).", valueName: "BADGE"))
        var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            let output = options.slipOutput(database: database)
            do {
                _ = try database.reprintSlip(requisition: requisition, actorBadge: by, at: Date())
                var failed = false
                for (queued, result) in try output.producePending(at: Date()) {
                    let what = queued.reprintOf == nil ? "Slip" : "Reprint"
                    switch result {
                    case .success(let place):
                        print(TerminalText.escaped("\(what) for \(queued.slip.requisitionNumber): \(place)"))
                    case .failure(let problem):
                        failed = true
                        print(TerminalText.escaped("\(what) for \(queued.slip.requisitionNumber) is still owed: \(problem)"))
                    }
                }
                if failed { throw ExitCode(1) }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                throw CommandFailure("The slip was not reprinted: \(error)")
            }
        }
    }
}
