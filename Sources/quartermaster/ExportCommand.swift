import ArgumentParser
import Foundation
import Storage

/// `quartermaster export movements|requisitions|stock --format csv`, for spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stock movements, requisitions or stock as CSV (to standard output or a file).",
        discussion: """
            Plain RFC 4180 CSV in UTF-8 without a byte order mark, for scripts and `python -m csv`;
            --bom adds the mark Excel needs to show Chinese text. Cells that would start a formula
            (=, +, -, @) are prefixed with ' in both.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case movements, requisitions, stock
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Argument(help: "What to export: movements, requisitions or stock.")
    var kind: Kind

    @Option(help: "Output format (csv).")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the file with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false

    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        let text: String
        do {
            switch kind {
            case .movements: text = try database.exportMovements(byteOrderMark: bom)
            case .requisitions: text = try database.exportRequisitions(byteOrderMark: bom)
            case .stock: text = try database.exportStock(byteOrderMark: bom)
            }
        } catch {
            throw CommandFailure("Export failed: \(error.description)")
        }
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
