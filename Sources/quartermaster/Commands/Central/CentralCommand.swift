import ArgumentParser

/// `quartermaster central …`: the centre's side, where the stations sync to. Each subcommand
/// sits in its own file (`Central*Command.swift`).
struct CentralCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "central",
        abstract: "The central store: stations, admins, requisitions and reference data, anomalies and reports.",
        discussion: """
            Every central command takes --database: postgres://USER@HOST:PORT/NAME
            for an office with branches, or sqlite:PATH for one small site. The
            schema is created or upgraded on first use. The admin commands talk to
            the database directly and do what the admin API (/v1/admin/…) does.
            """,
        subcommands: [
            CentralServeCommand.self, CentralStationCommand.self, CentralExportCommand.self,
            CentralAdminCommand.self, CentralRequisitionCommand.self, CentralPutCommand.self, CentralWithdrawCommand.self, CentralCampaignsCommand.self, CentralInvitesCommand.self,
            CentralAnomaliesCommand.self, CentralAnomalyCommand.self, CentralReportCommand.self,
        ])
}
