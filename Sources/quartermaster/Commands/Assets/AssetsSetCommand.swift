import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets set TAG --status S --reason TEXT`: a status change (not disposal).
struct AssetsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change an asset's status (in_use, in_store, under_repair, idle), with the reason.",
        discussion: "Disposal is not a status change: use `quartermaster assets dispose`, which records the approver.")

    @Argument(help: "The asset's tag.")
    var tag: String

    @Option(help: ArgumentHelp("in_use, in_store, under_repair or idle (also 在用, 在库, 维修, 闲置).", valueName: "S"))
    var status: String

    @Option(help: ArgumentHelp("Why it changed (kept in the journal).", valueName: "TEXT"))
    var reason: String

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        guard let parsed = AssetStatus(office: status) else {
            throw ValidationError("Unknown status \"\(TerminalText.escaped(status))\": use in_use, in_store, under_repair or idle.")
        }
        guard parsed != .disposed else {
            throw ValidationError("Disposal is not a status change: use `quartermaster assets dispose \(TerminalText.escaped(tag)) --reason … --approver …`.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        guard let parsed = AssetStatus(office: status) else { throw ValidationError("Unknown status.") }
        let before = try? database.asset(tag: tag)?.status
        do {
            let asset = try database.setAssetStatus(tag: tag, to: parsed, reason: reason, actorBadge: actor.badge, time: Date())
            if before == parsed {
                print("\(RegisterText.cell(asset.tag)) is already \(parsed.rawValue); nothing recorded.")
            } else {
                print("\(RegisterText.cell(asset.tag)) \(RegisterText.cell(asset.name)): \(before?.rawValue ?? "-") → \(parsed.rawValue) (\(RegisterText.cell(reason))).")
            }
        } catch {
            throw CommandFailure(TerminalText.escaped("The status change was not recorded: \(error)"))
        }
    }
}
