import ArgumentParser
import Foundation
import QuartermasterCore
import Storage
import Sync

/// `quartermaster sync enrol|now|status`: the station's link to the centre.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Send this station's journal to the centre and take its reference data.",
        discussion: """
            The station works on its own whatever the link does; sync sends what it recorded, in order, and the
            centre stores each event exactly once. Enrol once with the code the administrator gives
            (quartermaster central station add NAME at the centre), then the kiosk syncs by itself, or run sync now.
            Reference data comes back from the centre: people, items, requisitions, locations, assets, invites and
            count campaigns, each page in one transaction through the rules of its import. A change those rules
            refuse (a code that already names something else here) is refused alone, printed by sync now and
            journalled for the centre; the rest is applied.
            """,
        subcommands: [Enrol.self, Now.self, Status.self])

    struct Enrol: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trade a one-time enrolment code for this station's token, and store the link.")

        @Argument(help: ArgumentHelp("The centre's address, e.g. https://central.example.com.", valueName: "URL"))
        var url: String

        @Argument(help: ArgumentHelp("The enrolment code from `central station add`.", valueName: "CODE"))
        var code: String

        @OptionGroup var options: StationOptions

        func validate() throws {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw ValidationError("\(TerminalText.escaped(url)) is not a centre address: give it as https://HOST[:PORT].")
            }
        }

        func run() async throws {
            let database = try options.openDatabase()
            let centre = CentreConnection(centreURL: url, token: nil)
            let answer: EnrolResponse
            do {
                answer = try await centre.enrol(EnrolRequest(code: code, station: database.stationID))
            } catch {
                throw CommandFailure("The station was not enrolled: \(error.description)")
            }
            do {
                try database.saveSyncLink(centreURL: centre.centreURL, stationName: answer.name, token: answer.token, at: Date())
            } catch {
                throw CommandFailure("The centre enrolled the station, but its token could not be stored: \(error.description) Ask the administrator for a new code.")
            }
            print(TerminalText.escaped("Enrolled station \(database.stationID) as \(answer.name) at \(centre.centreURL). Run quartermaster sync now --data \(options.data) to send its journal."))
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send everything not yet acknowledged, then take reference data; exit 0 only when all is acknowledged.")

        @Option(help: ArgumentHelp("Events per batch, at most 5,000 (a centre's limit); halved while the centre refuses a batch as too large.", valueName: "N"))
        var batch: Int = PushRequest.batchEvents

        @OptionGroup var options: StationOptions

        func validate() throws {
            guard (1...PushRequest.batchEvents).contains(batch) else { throw ValidationError("--batch must be between 1 and \(PushRequest.batchEvents).") }
        }

        func run() async throws {
            let database = try options.openDatabase()
            let run = SyncRun(database: database, batchSize: batch)
            do {
                let report = try await run.run()
                print("Sent \(report.sent) event(s); the centre has this station's journal up to \(report.acknowledged), all of it.")
                if report.tooLarge > 0 {
                    print("The centre refused \(report.tooLarge) batch(es) as too large; they were sent again in halves. Give a smaller --batch to this centre.")
                }
                if !report.refused.isEmpty {
                    // Names and reasons come from the centre's records: escaped like all such text.
                    print("\(report.refused.count) reference change(s) from the centre were refused here (the rest were applied); correct them at the centre:")
                    for refusal in report.refused { print(TerminalText.escaped("  " + refusal.description)) }
                }
            } catch {
                let backlog = try? database.syncBacklog()
                let waiting = backlog.map { " \($0.count) event(s) wait to be sent; nothing is lost." } ?? ""
                throw CommandFailure("Sync did not finish: \(error.description)" + waiting)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the link to the centre, the backlog and the last attempt.")

        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            guard let link = try database.syncLink() else {
                print("Not enrolled with a centre (quartermaster sync enrol URL CODE).")
                return
            }
            let backlog = try database.syncBacklog()
            var lines = [
                "Centre: \(link.centreURL) (this station is \(link.stationName) there)",
                "Acknowledged: journal up to \(link.acknowledged); \(backlog.count) event(s) not yet acknowledged",
            ]
            if let oldest = backlog.oldest { lines.append("Oldest unsent: \(oldest.formatted(.iso8601))") }
            if let success = link.lastSuccess { lines.append("Last success: \(success.formatted(.iso8601))") }
            if let error = link.lastError { lines.append("Last problem: \(error)") }
            for line in lines { print(TerminalText.escaped(line)) }
        }
    }
}
