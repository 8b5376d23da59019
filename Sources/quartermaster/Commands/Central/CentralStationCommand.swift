import ArgumentParser

/// `quartermaster central station add|revoke`.
struct CentralStationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station",
        abstract: "Add a station (and get its one-time enrolment code) or revoke one.",
        subcommands: [CentralStationAddCommand.self, CentralStationRevokeCommand.self])
}
