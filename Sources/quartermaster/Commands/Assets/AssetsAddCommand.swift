import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets add --name N [--tag T] …`: one asset into the register. Without --tag
/// it gets the next tag of the station's numbering (`asset_tags` in station.yaml, `FA-` + 6
/// digits by default), which is printed alone on the last line for scripts.
struct AssetsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an asset to the register; without --tag it gets the next free tag.")

    @Option(help: ArgumentHelp("Its name (for example 笔记本电脑).", valueName: "TEXT"))
    var name: String

    @Option(help: ArgumentHelp("Its tag (default: the next free tag, FA-000124 and so on).", valueName: "TAG"))
    var tag: String?

    @Option var model: String = ""
    @Option var serial: String = ""
    @Option var category: String = ""

    @Option(help: ArgumentHelp("Where it is.", valueName: "LOC"))
    var location: String?

    @Option(help: ArgumentHelp("in_use, in_store, under_repair or idle.", valueName: "S"))
    var status: String = "in_use"

    @Option(help: ArgumentHelp("Who answers for it.", valueName: "BADGE"))
    var custodian: String?

    @Option(help: ArgumentHelp("Purchase date.", valueName: "YYYY-MM-DD"))
    var purchaseDate: String?

    @Option(help: ArgumentHelp("Purchase cost, to the cent (1234.56).", valueName: "AMOUNT"))
    var cost: String?

    @Option(help: ArgumentHelp("Why it is added (kept in the journal).", valueName: "TEXT"))
    var reason: String = "registered at the station"

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: StationOptions

    func run() throws {
        guard let parsedStatus = AssetStatus(office: status), parsedStatus != .disposed else {
            throw ValidationError("Unknown status \"\(TerminalText.escaped(status))\": use in_use, in_store, under_repair or idle.")
        }
        // The import's readers, so a cost or date is read here exactly as in a file.
        let row = AssetsCSV.read(CSVTable(file: "--", header: AssetsCSV.columns, rows: [CSVTable.Row(line: 1, fields: [
            tag ?? "FA-PENDING", name, model, serial, category, "", status, "", purchaseDate ?? "", cost ?? "",
        ])]))
        if let problem = row.errors.first {
            throw ValidationError(TerminalText.escaped("--\(problem.column?.replacingOccurrences(of: "_", with: "-") ?? "value"): \(problem.message)"))
        }
        guard var asset = row.rows.first?.record.asset else { throw ValidationError("The asset's values cannot be read.") }
        asset.tag = tag ?? ""
        asset.locationCode = location
        asset.custodianBadge = custodian
        let database = try options.openDatabase()
        do {
            let added = try database.addAsset(
                asset, numbering: try options.tagNumbering(), reason: reason, actorBadge: actor.badge, time: Date(),
                patterns: try options.scanPatterns())
            print("Added \(RegisterText.cell(added.name)) at \(RegisterText.cell(added.locationCode)); its tag:")
            print(RegisterText.cell(added.tag))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(TerminalText.escaped("The asset was not added: \(error)"))
        }
    }
}
