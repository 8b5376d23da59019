import ArgumentParser
import Foundation
import QuartermasterCore
import Spreadsheet
import Storage

/// `quartermaster export movements|requisitions|stock|assets --format csv|xlsx`, for spreadsheets.
/// Each export is one table (`ExportTable`); CSV and xlsx render the same table, so the two
/// files hold the same rows.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stock movements, requisitions, stock or the asset register as CSV or an Excel workbook (xlsx).",
        discussion: """
            CSV (the default) is plain RFC 4180 in UTF-8 without a byte order mark, for scripts and
            `python -m csv`; --bom adds the mark Excel needs to show Chinese text. Cells that would
            start a formula (=, +, -, @) are prefixed with ' in both. It goes to standard output, or
            to -o FILE.

            assets: tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost,
            next_maintenance,location_name,last_counted,next_count,tag_printed (imports back as it is).

            xlsx is a workbook with one sheet (movements, requisitions, stock or assets): the header bold and
            frozen, a filter on every column, columns sized to their text. Stock, quantities and costs are
            numbers, requisition and asset dates are dates and movement times are UTC date-times, shown as in
            the CSV; all other cells, codes included, are text and never formulas, so no ' is
            added. Control characters a workbook cannot hold are replaced by U+FFFD. A workbook is
            a binary file: xlsx needs -o FILE and is never written to standard output. It is
            written whole or not at all (to a temporary file beside FILE, then renamed over it), so
            a failed export leaves no half file and keeps any earlier FILE.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case movements, requisitions, stock, assets
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx
    }

    @Argument(help: "What to export: movements, requisitions, stock or assets.")
    var kind: Kind

    @Option(help: "Output format: csv or xlsx.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output (required for xlsx).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the CSV file with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false

    @OptionGroup var options: StationOptions

    func validate() throws {
        guard format == .xlsx else { return }
        if output == nil {
            throw ValidationError("An xlsx workbook is a binary file and is not written to standard output: add -o FILE.xlsx.")
        }
        if bom {
            throw ValidationError("--bom is for CSV only: a workbook needs no byte order mark. Leave out --bom, or use --format csv.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let table: ExportTable
        do {
            switch kind {
            case .movements: table = try database.movementsTable()
            case .requisitions: table = try database.requisitionsTable()
            case .stock: table = try database.stockTable()
            case .assets: table = try database.assetsTable()
            }
        } catch {
            throw CommandFailure("Export failed: \(error.description)")
        }
        switch format {
        case .csv: try writeCSV(CSVWriter.document(table, byteOrderMark: bom))
        case .xlsx: try writeWorkbook(table)
        }
    }

    private func writeCSV(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("Cannot write \(output): \(error.localizedDescription)")
        }
    }

    private func writeWorkbook(_ table: ExportTable) throws {
        guard let output else { return }
        do {
            try SpreadsheetWriter.write(table, to: output)
        } catch {
            throw CommandFailure("Export failed: \(error.description)")
        }
    }
}
