import ArgumentParser
import Central
import Foundation
import QuartermasterCore

/// `quartermaster central anomalies [--open]`: what the stations reported that cannot all be
/// true, one per line, with who resolved it.
struct CentralAnomaliesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomalies",
        abstract: "List the anomalies the stations' facts raised (stock below zero, one requisition at two stations…).")

    @Flag(help: "Only those nobody has resolved yet.")
    var open = false

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let admin = CentralAdmin(store: try await central.open(), admin: "")
        for anomaly in try await admin.anomalies(openOnly: open) {
            var line = "\(anomaly.id)  \(anomaly.kind.rawValue)  \(anomaly.subject)  \(anomaly.station)  \(ExportCell.timestampText(anomaly.raisedAt))  \(anomaly.detail)"
            if let resolution = anomaly.resolution {
                line += "  resolved by \(resolution.by) at \(ExportCell.timestampText(resolution.at)): \(resolution.note)"
            } else {
                line += "  open"
            }
            print(TerminalText.escaped(line))
        }
    }
}
