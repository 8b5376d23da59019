import ArgumentParser
import Foundation
import QuartermasterCore
import Rendering
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
            PDF: an A4 report that opens with a stacked-bar chart of found, moved, missing and
            surplus per location, then the totals, by-location and by-category tables, the
            exceptions and the signature lines; its words, colours and paper come from the
            count-report template (labels/count-report.yaml). A PDF needs -o FILE.
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
        switch format {
        case .csv:
            var output = try ReportFileOutput(path: self.output)
            ReconciliationCSV.write(reconciliation, byteOrderMark: bom, to: &output)
            try output.finish()
        case .pdf:
            let data = try pdf(reconciliation, database: database)
            var output = try ReportFileOutput(path: self.output)
            output.write(data)
            try output.finish()
        }
    }

    func validate() throws {
        guard format == .pdf else { return }
        if output == nil { throw ValidationError("A PDF report is a binary file and is not written to standard output: add -o FILE.pdf.") }
        if bom { throw ValidationError("--bom is for CSV only. Leave out --bom, or use --format csv.") }
    }

    private func pdf(_ reconciliation: Reconciliation, database: StationDatabase) throws -> Data {
        let library = LabelTemplateLibrary.standard(
            currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment)
        do {
            let names = try database.countLocationNames(session: reconciliation.session.id)
            let renderer = try CountReportRenderer(library: library, language: options.resolvedLanguage, timeZone: .current)
            return try renderer.render(reconciliation, locationNames: names)
        } catch let error as StationProblem {
            throw CommandFailure("Cannot read count \(reconciliation.session.id): \(error)")
        } catch let error as LabelError {
            throw CommandFailure("Cannot load the count report's template: \(error)")
        } catch {
            throw CommandFailure("Cannot make the PDF report: \(error)")
        }
    }
}
