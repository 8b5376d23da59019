import ArgumentParser
import Central
import Foundation
import QuartermasterCore

/// `quartermaster central export movements --database … --format csv`: the station export's
/// columns plus `event_id`, every station's movements in the order the centre stored them.
struct CentralExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the central ledger's stock movements as CSV.",
        discussion: """
            movements: time,kind,item_code,qty,requisition,actor_badge,recipient_badge,station,note,event_id
            (the station's `export movements` columns, then the event each row came from). RFC 4180
            CSV in UTF-8, to standard output or -o FILE; --bom adds the mark Excel needs for Chinese.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case movements
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Argument(help: "What to export: movements.")
    var kind: Kind

    @Option(help: "Output format: csv.")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Start the CSV file with a UTF-8 byte order mark, so Excel reads Chinese text correctly.")
    var bom = false

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let store = try await central.open()
        let text = CentralMovementsCSV.text(try await store.movements(), byteOrderMark: bom)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
