import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central station add NAME --database … [--site SITE]`: the code is printed
/// alone on the last line (a contract: scripts take `tail -n 1`).
struct CentralStationAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a station and print its one-time enrolment code, alone on the last line.",
        discussion: """
            Give the code to whoever sets up the station: `quartermaster sync enrol URL CODE` trades
            it for the station's token. It works once; the centre keeps only its SHA-256.
            """)

    @Argument(help: "The station's name at the centre, unique among live stations (一楼库房, branch-2).")
    var name: String

    @Option(help: "The site whose reference data the station pulls.")
    var site: String = "main"

    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let store = try await central.open()
        let code = try await store.addStation(name: name, site: site)
        print(TerminalText.escaped("Station \(name) (site \(site)) added. Its one-time enrolment code:"))
        print(code)
    }
}
