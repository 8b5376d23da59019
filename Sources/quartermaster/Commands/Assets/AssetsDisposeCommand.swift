import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets dispose TAG --reason TEXT --approver NAME [--date YYYY-MM-DD]`: 报废,
/// a status with a record (date, reason, approver), never a delete.
struct AssetsDisposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispose", abstract: "Dispose of an asset (报废): recorded with date, reason and approver; it stays in the register.")

    @Argument(help: "The asset's tag.")
    var tag: String

    @Option(help: ArgumentHelp("Why it is disposed of (kept with the disposal).", valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp("Who approved the disposal.", valueName: "NAME"))
    var approver: String

    @Option(help: ArgumentHelp("The disposal date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date \(TerminalText.escaped(date)) is not a date: write it as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let now = Date()
        let day = date.flatMap(CalendarDate.init) ?? CalendarDate(now, in: .current)
        do {
            let disposal = try database.disposeAsset(tag: tag, date: day, reason: reason, approver: approver, actorBadge: actor.badge, time: now)
            print("\(RegisterText.cell(disposal.tag)) disposed of on \(disposal.date): \(RegisterText.cell(disposal.reason)) (approved by \(RegisterText.cell(disposal.approver))).")
        } catch {
            throw CommandFailure(TerminalText.escaped("The disposal was not recorded: \(error)"))
        }
    }
}
