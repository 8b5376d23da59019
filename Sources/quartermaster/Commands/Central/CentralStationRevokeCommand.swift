import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central station revoke NAME --database …`.
struct CentralStationRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a station: its token and any unused enrolment code stop working; its events stay.")

    @Argument(help: "The station's name at the centre.")
    var name: String

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let store = try await central.open()
        try await store.revokeStation(name: name)
        print(TerminalText.escaped("Station \(name) revoked."))
    }
}
