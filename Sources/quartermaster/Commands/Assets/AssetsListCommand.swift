import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets list [--location LOC] [--untagged]`: the register, one asset a line.
struct AssetsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the register: every asset, those at a location (and under it), or those still untagged.")

    @Option(help: ArgumentHelp("Only assets at this location or anywhere under it.", valueName: "LOC"))
    var location: String?

    @Flag(help: "Only assets whose tag has never been printed.")
    var untagged = false

    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        do {
            if let location, try database.location(code: location) == nil {
                throw CommandFailure("There is no location \(TerminalText.escaped(location)) at this station. `quartermaster export assets` shows the register.")
            }
            let entries = try database.register(location: location, untaggedOnly: untagged)
            var rows = [["tag", "status", "location", "custodian", "tags", "name"]]
            for entry in entries {
                let asset = entry.asset
                rows.append([
                    RegisterText.cell(asset.tag), asset.status.rawValue, RegisterText.cell(asset.locationCode),
                    RegisterText.cell(asset.custodianBadge), String(entry.tagPrinted), RegisterText.cell(asset.name),
                ])
            }
            print(RegisterText.table(rows))
            print("\(entries.count) asset(s)")
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the register: \(error)")
        }
    }
}
