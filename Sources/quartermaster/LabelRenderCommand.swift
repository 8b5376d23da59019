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
    private static let progressThreshold = 50

    func validate() throws {
        _ = try fields()
        _ = try outputFormat()
    }

    func run() throws {
        let library = LabelTemplateLibrary.standard(
            currentDirectory: FileManager.default.currentDirectoryPath, environment: ProcessInfo.processInfo.environment)
        do {
            let renderer = LabelRenderer(template: try library.template(named: template))
            let format = try outputFormat()
            let given = try fields()
            let bytes: [UInt8]
            if let csv {
                let table = try batch(csv)
                let records = table.labelRecords.map { row in given.merging(row) { _, fromRow in fromRow } }
                bytes = try renderer.render(
                    batch: records, as: format, lines: table.labelLines, progress: progress(total: records.count))
            } else {
                bytes = try renderer.render(given, as: format)
            }
            try LabelRenderer.write(bytes, to: output)
        } catch let error as LabelError {
            throw CommandFailure(error.description)
        }
    }

    // MARK: Arguments

    /// `--set` values as a dictionary; the first `=` splits name from value.
    private func fields() throws -> [String: String] {
        var fields: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("--set \(assignment): write it as FIELD=VALUE, e.g. --set tag=FA-000123.")
            }
            fields[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        return fields
    }

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

    private func batch(_ path: String) throws -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("Cannot read the CSV file \(path). Check the path and permissions.")
        }
        let table = CSVTable(parsing: data, file: path)
        if let problem = table.problems.first {
            throw CommandFailure("\(path) cannot be read as CSV: \(problem). Fix the file and try again.")
        }
        guard !table.rows.isEmpty else { throw CommandFailure("\(path) has a header but no rows: there is nothing to render.") }
        return table
    }

    /// Progress on stderr for long batches, so a person sees a thousand labels moving.
    private func progress(total: Int) -> ((Int) -> Void)? {
        guard total >= Self.progressThreshold else { return nil }
        let step = max(1, total / 20)
        return { done in
            guard done % step == 0 || done == total else { return }
            let line = "\rRendered \(done)/\(total) labels" + (done == total ? "\n" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
