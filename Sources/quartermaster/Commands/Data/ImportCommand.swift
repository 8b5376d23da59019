import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster import people|items|requisitions|locations|assets FILE.csv`: all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import people, items, requisitions, locations or assets from a CSV file (all rows or none).",
        discussion: """
            CSV: UTF-8, header row, RFC 4180 quoting, list values separated by ';'.
              people:       badge,name,department,roles[,active]   (active=no disables a leaver's badge)
              items:        code,barcodes,name,spec,unit,category,stock,threshold,bin
              requisitions: number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
              locations:    code,name,parent_code   (parent empty for a site; parents may come later in the file)
              assets:       tag,name,model,serial,category,location,status,custodian_badge,purchase_date,cost
                            or Snipe-IT's asset export (Asset Tag, Name, Serial, Model, Category, Location,
                            Status, Purchase Date, Purchase Cost, Checked Out To…; other columns ignored):
                            Location is matched by name (or code), Checked Out To to a person by name or
                            badge; costs like 1,234.56; dates YYYY-MM-DD.
            Categories are the office's own words (文具, 耗材, 设备…), kept as written. Stock and
            quantities are at most 1000000. A code (badge, item code, barcode, requisition number,
            location code, asset tag)
            may name one thing only, and may not have the shape of a typed quantity
            (scan_patterns.quantity, 1 to 4 digits by default).
            A bad row is reported with file, line and column, and nothing is imported.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case people, items, requisitions
        case locations, assets
    }

    @Argument(help: "What the file holds: people, items, requisitions, locations or assets.")
    var kind: Kind

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: ArgumentHelp("Who is importing, for the journal (default: the login name).", valueName: "BADGE"))
    var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

    @Flag(help: "Items: set the stock of existing items to the file's (recorded as adjustments). By default only new items take their stock from the file.")
    var setStock = false

    @OptionGroup var options: StationOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("Cannot read \(file): no such file, or not readable.")
        }
        let patterns = try options.scanPatterns()
        let database = try options.openDatabase()
        let table = CSVTable(parsing: [UInt8](data), file: (file as NSString).lastPathComponent)
        do {
            let summary: ImportSummary
            switch kind {
            case .people: summary = try database.importPeople(table, actorBadge: by, time: Date(), patterns: patterns)
            case .items: summary = try database.importItems(table, actorBadge: by, time: Date(), setStock: setStock, patterns: patterns)
            case .requisitions: summary = try database.importRequisitions(table, actorBadge: by, time: Date(), patterns: patterns)
            case .locations: summary = try database.importLocations(table, actorBadge: by, time: Date(), patterns: patterns)
            case .assets: summary = try database.importAssets(table, actorBadge: by, time: Date(), patterns: patterns)
            }
            print("\(TerminalText.escaped(summary.file)): \(summary.count) \(kind.rawValue) imported (\(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged).")
            if summary.stockKept > 0 {
                print("Stock kept as counted here for \(summary.stockKept) existing item(s) whose stock in the file differs; use --set-stock to take the file's.")
            }
        } catch {
            let message = Self.message(error)
            throw CommandFailure(message.contains("Nothing was imported") ? message : message + "\nNothing was imported.")
        }
    }

    /// The error as the terminal may show it. A mistake in the file quotes its cells (an unknown
    /// role, a header name), and a cell can hold ESC sequences, bidi overrides or a newline that
    /// would forge a line of output: each listed problem is escaped whole, so it stays on its
    /// line; the lines around them are escaped one by one.
    static func message(_ error: any Error) -> String {
        var text = "\(error)"
        if case .file(let failure)? = error as? ImportProblem {
            for problem in failure.errors {
                text = text.replacingOccurrences(of: problem.description, with: TerminalText.escaped(problem.description))
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
    }
}
