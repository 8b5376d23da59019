import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster count open --scope LOC[,LOC…] [--blind]`: a new count session; its id alone
/// on the last line, for scripts.
struct CountOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a count of one or more locations (each with everything under it); prints the session id on its last line.",
        discussion: """
            The register's assets at those locations (disposed ones excepted) are what the count
            expects. A location may be in one open count only.
            """)

    @Option(help: ArgumentHelp("The locations to count, separated by commas (a site counts all its buildings, floors and rooms).", valueName: "LOC[,LOC…]"))
    var scope: String

    @Flag(help: "Blind count: the kiosk shows what was found, never what is expected or missing.")
    var blind = false

    @Option(help: ArgumentHelp("Who opens it, for the journal (default: the login name).", valueName: "BADGE"))
    var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

    @OptionGroup var options: StationOptions

    func validate() throws {
        guard scope.split(separator: ",").contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError("Give at least one location code with --scope, e.g. --scope LOC-HQ.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let codes = scope.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        do {
            let session = try database.openCount(CountOpening(
                scope: codes, blind: blind, openedBy: by, station: database.stationID, time: Date()))
            let summary = try database.countSessions().first { $0.session.id == session.id }
            let expected = summary.map { "\($0.expected) asset(s) expected" } ?? ""
            print(TerminalText.escaped("Count opened\(blind ? " (blind)" : "") for \(codes.joined(separator: ", "))\(session.campaign.map { " in campaign \($0.name) (\($0.id))" } ?? ""): \(expected). Count at the kiosk (F8, QM-MODE-COUNT), then close it with `quartermaster count close \(session.id)`."))
            print(session.id)
        } catch {
            throw CommandFailure("No count was opened: \(error.description)")
        }
    }
}
