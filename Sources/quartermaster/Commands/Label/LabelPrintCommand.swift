import ArgumentParser
import Foundation
import Printing
import QuartermasterCore
import Rendering
import Storage

/// `quartermaster label print --template NAME --printer QUEUE (--set … | --csv FILE)`: a label
/// or a whole CSV batch printed as one job through `LabelPrintJob` (rendered as ONE document,
/// kept in the station's print queue, followed until CUPS says it printed).
struct LabelPrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a label, or one label per CSV row as one job, through a CUPS queue.",
        discussion: """
            Driver queues get PDF; raw queues (label printers on port 9100, receipt printers) get \
            the template's printer language, ZPL unless the template says ESC/POS (--format \
            overrides). The job is kept in the station's print queue (DIR/station.sqlite) until \
            CUPS reports it printed; the command waits for that (up to --timeout seconds). If the \
            printer is offline the job stays queued and the kiosk, or \
            `quartermaster printers --send`, sends it once the printer is back.
            """)

    @Option(help: ArgumentHelp("Template name (asset-62x29) or path to a .yaml file.", valueName: "NAME"))
    var template: String

    @Option(name: .customLong("set"), parsing: .singleValue,
            help: ArgumentHelp("A field value, repeatable: --set tag=FA-000123 --set name=张三.", valueName: "FIELD=VALUE"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("Print one label per row of this CSV file (UTF-8, header row), as one job.", valueName: "FILE"))
    var csv: String?

    @OptionGroup var printing: TagPrintOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        _ = try LabelInput.fields(assignments)
    }

    func run() async throws {
        let (records, lines) = try records()
        let job = printing.job(template: template, options: options)
        try await job.run(records: records, lines: lines)
    }

    // MARK: The records

    /// The labels' fields, and for a CSV batch the line each row starts on.
    private func records() throws -> (records: [[String: String]], lines: [Int]?) {
        let given = try LabelInput.fields(assignments)
        // One label from --set (a template whose fields all have defaults, like the mode card,
        // needs none; a missing required field is named by the renderer).
        guard let csv else { return ([given], nil) }
        let table = try LabelInput.batch(csv)
        return (table.labelRecords.map { row in given.merging(row) { _, fromRow in fromRow } }, table.labelLines)
    }
}
