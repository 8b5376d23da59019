import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets move TAG --to LOC --reason TEXT`: a move, journalled with who and why.
struct AssetsMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move an asset to another location, with the reason.")

    @Argument(help: "The asset's tag.")
    var tag: String

    @Option(help: ArgumentHelp("The location it is now at.", valueName: "LOC"))
    var to: String

    @Option(help: ArgumentHelp("Why it moved (kept in the journal).", valueName: "TEXT"))
    var reason: String

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        let before = try? database.asset(tag: tag)?.locationCode
        do {
            let asset = try database.moveAsset(tag: tag, to: to, reason: reason, actorBadge: actor.badge, time: Date())
            if before == asset.locationCode && before != nil && before == to {
                print("\(RegisterText.cell(asset.tag)) is already at \(RegisterText.cell(to)); nothing recorded.")
            } else {
                print("\(RegisterText.cell(asset.tag)) \(RegisterText.cell(asset.name)): \(RegisterText.cell(before ?? nil)) → \(RegisterText.cell(to)) (\(RegisterText.cell(reason))).")
            }
        } catch {
            throw CommandFailure(TerminalText.escaped("The move was not recorded: \(error)"))
        }
    }
}
