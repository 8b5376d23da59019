import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster count list`: every session, open ones first.
struct CountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the count sessions, open ones first.")

    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        let sessions: [CountSessionSummary]
        do { sessions = try database.countSessions() } catch { throw CommandFailure("Cannot read the counts: \(error.description)") }
        guard !sessions.isEmpty else {
            print("No counts yet. Open one with `quartermaster count open --scope LOC`.")
            return
        }
        for summary in sessions {
            let session = summary.session
            let state = session.closedAt.map { "closed \(CountText.time($0)) by \(session.closedBy ?? "")" } ?? "open"
            print(TerminalText.escaped("\(session.id)  \(state)  opened \(CountText.time(session.openedAt)) by \(session.openedBy) at \(session.station)  scope \(session.scope.joined(separator: ","))\(session.blind ? "  blind" : "")\(session.campaign.map { "  campaign \($0.name)" } ?? "")  counted \(summary.counted) of \(summary.expected) expected"))
        }
    }
}
