import ArgumentParser

/// The station's command line: the kiosk, the demo, and the admin's import/export tools.
@main
struct Quartermaster: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quartermaster",
        abstract: "The storeroom, asset count and visitor station.",
        discussion: """
            Every command works on a data folder (--data DIR, default ./data or $QM_DATA) holding \
            the station database (DIR/station.sqlite) and the slips it produced (DIR/out/).
            """,
        version: "quartermaster \(quartermasterVersion)",
        subcommands: [
            RunCommand.self, DemoCommand.self, KioskCommand.self, ImportCommand.self, ExportCommand.self, DatabaseCommand.self,
            ScanCommand.self, LabelCommand.self, StockCommand.self, SlipCommand.self, PrintersCommand.self, DrawCommand.self,
            LoansCommand.self, VisitorsCommand.self,
            AssetsCommand.self, TagsCommand.self,
            CountCommand.self,
            CentralCommand.self, SyncCommand.self,
        ])
}
