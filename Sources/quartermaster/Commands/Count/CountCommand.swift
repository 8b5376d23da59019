import ArgumentParser

/// `quartermaster count open|close|report|list|write-off`: asset counts (盘点) from the office's
/// side. The counting itself happens at the kiosk (mode card `QM-MODE-COUNT`, `@count`).
struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count",
        abstract: "Asset counts: open a session, close it into a reconciliation, report it, write off what stayed missing.",
        discussion: """
            An auditor counts at the kiosk (F8, the QM-MODE-COUNT card or @count in a script):
            scan a location label, then every asset tag found there. A location label counts into
            the open session whose scope holds it, whoever opened it.
            """,
        subcommands: [
            CountOpenCommand.self, CountCloseCommand.self, CountReportCommand.self, CountListCommand.self,
            CountWriteOffCommand.self,
        ])
}
