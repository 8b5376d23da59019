import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster count report SESSION|--last --format csv|pdf [-o FILE]`: the reconciliation,
/// one row per asset in scope plus one per surplus tag.
struct CountReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A count's reconciliation as CSV (one row per asset in scope plus one per surplus tag) or PDF.",
        discussion: """
            CSV columns: tag,name,expected_location,found_location,outcome,counted_by,time, then
            category,cost,station,move_accepted. outcome is found, moved, missing, surplus or
            disposed; time is ISO-8601 UTC. Plain RFC 4180 UTF-8 (formula-safe); --bom for Excel.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, pdf
    }

    @OptionGroup var choice: CountSessionChoice

    @Option(help: "csv or pdf.")
    var format: Format

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false

    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        let session = try choice.resolve(database, openOnly: false)
        guard format == .csv else {
            throw CommandFailure("PDF count reports are not available in this build. Use --format csv.")
        }
        let reconciliation: Reconciliation
        do {
            guard let found = try database.reconciliation(session: session.id) else {
                throw CommandFailure("There is no count \(session.id) at this station.")
            }
            reconciliation = found
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read count \(session.id): \(error)")
        }
        let text = ReconciliationCSV.text(reconciliation, byteOrderMark: bom)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure("Cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
