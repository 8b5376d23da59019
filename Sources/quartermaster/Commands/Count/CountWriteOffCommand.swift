import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster count write-off SESSION --tag T… | --all-missing --reason TEXT`: dispose of
/// (报废) what a closed count did not find, each with a disposal record.
struct CountWriteOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-off",
        abstract: "Write off assets a closed count left missing: each disposed of with a disposal record (date, reason, approver).",
        discussion: """
            All the tags or none. Refused for a count still open, a tag the count found, and a tag
            a later count (a recount) found.
            """)

    @Argument(help: ArgumentHelp("The closed count's id.", valueName: "SESSION"))
    var session: String

    @Option(name: .customLong("tag"), parsing: .upToNextOption, help: ArgumentHelp("A missing asset to write off (repeatable).", valueName: "TAG"))
    var tags: [String] = []

    @Flag(help: "Every asset the count left missing.")
    var allMissing = false

    @Option(help: ArgumentHelp("Why they are written off (recorded with each disposal).", valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp("Who approved the write-off (default: --by).", valueName: "NAME"))
    var approver: String?

    @Option(help: ArgumentHelp("Who records it, for the journal (default: the login name).", valueName: "BADGE"))
    var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

    @OptionGroup var options: StationOptions

    func validate() throws {
        guard tags.isEmpty != !allMissing else { throw ValidationError("Give --tag TAG… or --all-missing (not both).") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("Give a --reason: a write-off without one cannot be investigated later.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let now = Date()
        do {
            let written = try database.writeOff(CountWriteOff(
                session: session, tags: allMissing ? nil : tags, reason: reason, approver: approver ?? by, by: by,
                station: database.stationID, time: now, date: CalendarDate(now, in: .current)))
            print(TerminalText.escaped("Written off (disposed of, reason \"\(reason)\"): \(written.count)"))
            for tag in written { print(TerminalText.escaped("  \(tag)")) }
        } catch {
            throw CommandFailure("Nothing was written off: \(error.description)")
        }
    }
}
