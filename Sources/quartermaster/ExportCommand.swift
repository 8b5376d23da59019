import ArgumentParser
import Foundation
import Storage

/// `quartermaster export movements|requisitions|stock|assets --format csv`, for spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stock movements, requisitions, stock or the asset register as CSV (to standard output or a file).",
        discussion: """
            Plain RFC 4180 CSV in UTF-8 without a byte order mark, for scripts and `python -m csv`;
            --bom adds the mark Excel needs to show Chinese text. Cells that would start a formula
            (=, +, -, @) are prefixed with ' in both.
            assets: tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost,
            next_maintenance,location_name,last_counted,next_count,tag_printed (imports back as it is).
            --format xlsx is not in this build yet: it answers with an error.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case movements, requisitions, stock
        case assets
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
        case xlsx
    }

    @Argument(help: "What to export: movements, requisitions, stock or assets.")
    var kind: Kind

    @Option(help: "Output format (csv).")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the file with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false

    @OptionGroup var options: StationOptions

    func run() throws {
        guard format == .csv else {
            throw CommandFailure("This build cannot write xlsx workbooks yet (the Spreadsheet module is not in it): use --format csv, with --bom for Excel.")
        }
        let database = try options.openDatabase()
        let text: String
        do {
            switch kind {
            case .movements: text = try database.exportMovements(byteOrderMark: bom)
            case .requisitions: text = try database.exportRequisitions(byteOrderMark: bom)
            case .stock: text = try database.exportStock(byteOrderMark: bom)
            case .assets: text = try database.exportAssets(byteOrderMark: bom)
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
