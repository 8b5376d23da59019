import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster tags locations (--location LOC… | --all) --printer QUEUE`: location labels,
/// which auditors scan first during a count, as one print job.
struct TagsLocationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locations", abstract: "Print location labels: named locations, or every one.")

    @Option(name: .customLong("location"), parsing: .upToNextOption, help: ArgumentHelp("The locations' codes.", valueName: "LOC"))
    var locations: [String] = []

    @Flag(help: "Every location at the station.")
    var all = false

    @Option(help: ArgumentHelp("Template name or path.", valueName: "NAME"))
    var template: String = "location"

    @OptionGroup var printing: TagPrintOptions
    @OptionGroup var options: StationOptions

    func validate() throws {
        guard locations.isEmpty == all else {
            throw ValidationError("Say which labels to print: --location LOC… or --all (one of them).")
        }
    }

    func run() async throws {
        let database = try options.openDatabase()
        var chosen: [Location] = []
        do {
            if all {
                chosen = try database.locations()
            } else {
                var seen: Set<String> = []
                for code in locations where seen.insert(code).inserted {
                    guard let location = try database.location(code: code) else {
                        throw CommandFailure("There is no location \(RegisterText.cell(code)) at this station; nothing was printed.")
                    }
                    chosen.append(location)
                }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the locations: \(error)")
        }
        guard !chosen.isEmpty else {
            print("There are no locations yet: import them with `quartermaster import locations FILE.csv`.")
            return
        }
        let records = chosen.map { ["location": $0.code, "name": $0.name, "parent": $0.parentCode ?? ""] }
        try await printing.job(template: template, options: options).run(records: records, lines: nil)
    }
}
