import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central campaigns`: the count campaigns stored at the centre.
struct CentralCampaignsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaigns",
        abstract: "List the count campaigns (add one with `central put campaign`).")

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let admin = CentralAdmin(store: try await central.open(), admin: "")
        for campaign in try await admin.campaigns() {
            print(TerminalText.escaped("\(campaign.id)  \(campaign.name)  \(campaign.starts)…\(campaign.ends)  \(campaign.locations.joined(separator: " "))"))
        }
    }
}
