import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster tags print (--asset TAG… | --csv FILE | --untagged | --location LOC) --printer
/// QUEUE`: the tags as one print job; each asset's tag counter goes up in the same transaction
/// that queues the job, so `--untagged` never prints a tag twice.
struct TagsPrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print asset tags: named assets, a CSV list, every untagged asset, or a location's.",
        discussion: """
            --untagged and --location may be combined (untagged assets at a location). Disposed assets
            get no tags. The job is kept in the station's print queue until CUPS reports it printed;
            each asset's tag count (`tag_printed`, see `assets show`) goes up when the job is queued.
            """)

    @Option(name: .customLong("asset"), parsing: .upToNextOption, help: ArgumentHelp("The assets' tags.", valueName: "TAG"))
    var assets: [String] = []

    @Option(help: ArgumentHelp("A CSV file with a tag column (tag or Asset Tag): one tag per row.", valueName: "FILE"))
    var csv: String?

    @Flag(help: "Every asset whose tag has never been printed.")
    var untagged = false

    @Option(help: ArgumentHelp("The assets at this location or under it.", valueName: "LOC"))
    var location: String?

    @Option(help: ArgumentHelp("Template name or path.", valueName: "NAME"))
    var template: String = "asset-62x29"

    @OptionGroup var actor: ActorOptions
    @OptionGroup var printing: TagPrintOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        let sources = [!assets.isEmpty, csv != nil, untagged || location != nil].filter { $0 }.count
        guard sources == 1 else {
            throw ValidationError("Say which tags to print: --asset TAG…, --csv FILE, --untagged, or --location LOC (one of them; --untagged may go with --location).")
        }
    }

    func run() async throws {
        let database = try options.openDatabase()
        let entries: [RegisterEntry]
        do {
            entries = try select(database)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the register: \(error)")
        }
        guard !entries.isEmpty else {
            print(untagged ? "Every asset\(location.map { " at \(RegisterText.cell($0))" } ?? "") has its tag: nothing to print." : "No assets to print tags for.")
            return
        }
        let names = try AssetTagLabel.locationNames(database)
        let tags = entries.map(\.asset.tag)
        let records = entries.map { AssetTagLabel.fields($0.asset, locationNames: names) }
        try await printing.job(template: template, options: options).run(records: records, lines: nil) { database, document, title in
            try database.enqueueTagPrintJob(
                tags: tags, queue: printing.printer, format: document.format.rawValue, title: title, payload: document.bytes,
                options: document.options, actorBadge: actor.badge, at: Date())
        }
    }

    /// The register entries the options name, disposed ones refused (named) or left out (lists).
    private func select(_ database: StationDatabase) throws -> [RegisterEntry] {
        if untagged || location != nil {
            if let location, try database.location(code: location) == nil {
                throw CommandFailure("There is no location \(RegisterText.cell(location)) at this station.")
            }
            return try database.register(location: location, untaggedOnly: untagged).filter { $0.asset.status != .disposed }
        }
        var named = assets
        if let csv {
            let table = try LabelInput.batch(csv)
            guard let column = table.header.firstIndex(where: { ["tag", "asset tag"].contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }) else {
                throw CommandFailure("\(RegisterText.cell(csv)) has no tag column: its header must name tag (or Asset Tag).")
            }
            named = table.rows.map { $0.fields[column].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var seen: Set<String> = []
        var entries: [RegisterEntry] = []
        for tag in named where seen.insert(tag).inserted {
            guard let entry = try database.registerEntry(tag: tag) else {
                throw CommandFailure("There is no asset with tag \(RegisterText.cell(tag)) in the register; nothing was printed.")
            }
            guard entry.asset.status != .disposed else {
                throw CommandFailure("Asset \(RegisterText.cell(tag)) was disposed of and gets no tag; nothing was printed.")
            }
            entries.append(entry)
        }
        return entries
    }
}
