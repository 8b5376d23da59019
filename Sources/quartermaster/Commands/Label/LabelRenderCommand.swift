import ArgumentParser
import Foundation
import QuartermasterCore
import Rendering

/// `quartermaster label render --template NAME --set field=value… [--csv FILE] -o FILE`: a label
/// (or a batch, one per CSV row) to a file, for checking a template or printing by hand.
struct LabelRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a label (or a CSV batch) from a template to PDF, PNG, ZPL or ESC/POS.",
        discussion: """
            A template name resolves to labels/NAME.yaml under the current folder, then $QM_LABELS, \
            then /usr/share/quartermaster/labels.

            Fields are filled with --set (tag=FA-000123) or, with --csv, from each row (column names \
            are field names); --set values fill what the CSV leaves out. A batch goes into one \
            multi-page PDF, or one ZPL or ESC/POS stream.

            The format follows the output's extension (.pdf .png .zpl .escpos) unless --format says otherwise.
            """)

    @Option(help: ArgumentHelp("Template name (asset-62x29) or path to a .yaml file.", valueName: "NAME"))
    var template: String

    @Option(name: .customLong("set"), parsing: .singleValue,
            help: ArgumentHelp("A field value, repeatable: --set tag=FA-000123 --set name=张三的笔记本.", valueName: "FIELD=VALUE"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("Render one label per row of this CSV file (UTF-8, header row).", valueName: "FILE"))
    var csv: String?

    @Option(help: ArgumentHelp("pdf, png, zpl or escpos (default: from the output's extension).", valueName: "FORMAT"))
    var format: String?

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "FILE"))
    var output: String

    /// Batches at least this long report progress on stderr.

    func validate() throws {
        _ = try LabelInput.fields(assignments)
        _ = try outputFormat()
    }

    func run() throws {
        let library = LabelTemplateLibrary.standard(
            currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment)
        do {
            let renderer = LabelRenderer(template: try library.template(named: template))
            let format = try outputFormat()
            let given = try LabelInput.fields(assignments)
            let bytes: [UInt8]
            if let csv {
                let table = try LabelInput.batch(csv)
                let records = table.labelRecords.map { row in given.merging(row) { _, fromRow in fromRow } }
                bytes = try renderer.render(
                    batch: records, as: format, lines: table.labelLines, progress: LabelInput.progress(total: records.count))
            } else {
                bytes = try renderer.render(given, as: format)
            }
            try LabelRenderer.write(bytes, to: output)
        } catch let error as LabelError {
            throw CommandFailure(error.description)
        }
    }

    // MARK: Arguments


    private func outputFormat() throws -> LabelFormat {
        if let format {
            guard let chosen = LabelFormat(rawValue: format.lowercased()) else {
                throw ValidationError("Unknown format \"\(format)\": use pdf, png, zpl or escpos.")
            }
            return chosen
        }
        guard let chosen = LabelFormat(fileName: output) else {
            throw ValidationError("Cannot tell the format from \"\(output)\": end it in .pdf, .png, .zpl or .escpos, or pass --format.")
        }
        return chosen
    }

    // MARK: Batches


}
