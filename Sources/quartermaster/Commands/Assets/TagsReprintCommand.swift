import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster tags reprint TAG --reason TEXT --printer QUEUE`: a damaged or lost tag printed
/// again, journalled as `asset.tag_reprinted` with the reason.
struct TagsReprintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprint", abstract: "Print a damaged or lost tag again (recorded with the reason).")

    @Argument(help: "The asset's tag.")
    var tag: String

    @Option(help: ArgumentHelp("Why the tag is printed again (torn, lost, unreadable).", valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp("Template name or path.", valueName: "NAME"))
    var template: String = "asset-62x29"

    @OptionGroup var actor: ActorOptions
    @OptionGroup var printing: TagPrintOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw ValidationError("Give a --reason: a reprint is recorded with why (for example \"tag torn\").")
        }
    }

    func run() async throws {
        let database = try options.openDatabase()
        let entry: RegisterEntry
        do {
            guard let found = try database.registerEntry(tag: tag) else {
                throw CommandFailure("There is no asset with tag \(RegisterText.cell(tag)) in the register.")
            }
            entry = found
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the register: \(error)")
        }
        let record = AssetTagLabel.fields(entry.asset, locationNames: try AssetTagLabel.locationNames(database))
        try await printing.job(template: template, options: options).run(records: [record], lines: nil) { database, document, title in
            try database.enqueueTagPrintJob(
                tags: [entry.asset.tag], reprintReason: reason, queue: printing.printer, format: document.format.rawValue,
                title: title, payload: document.bytes, options: document.options, actorBadge: actor.badge, at: Date())
        }
    }
}
