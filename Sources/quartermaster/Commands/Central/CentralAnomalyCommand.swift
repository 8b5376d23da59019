import ArgumentParser
import Central
import Foundation
import QuartermasterCore

/// `quartermaster central anomaly resolve ID --note …`.
struct CentralAnomalyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomaly", abstract: "Resolve an anomaly with a note.", subcommands: [Resolve.self])

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an anomaly resolved: who (--by), when (now) and what was found (--note).")

        @Argument(help: "The anomaly's id (`central anomalies` lists them).")
        var id: Int64
        @Option(help: "What was found and done (两站同时领用，已补录).")
        var note: String
        @OptionGroup var actor: CentralActorOption
        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
            let anomaly = try await admin.resolveAnomaly(id, note: note)
            print(TerminalText.escaped("Anomaly \(anomaly.id) resolved by \(anomaly.resolution?.by ?? actor.name)."))
        }
    }
}
