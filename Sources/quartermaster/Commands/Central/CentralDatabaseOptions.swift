import ArgumentParser
import Central

/// `--database postgres://…|sqlite:PATH`, shared by every `central` command.
struct CentralDatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The central store: postgres://USER@HOST:PORT/NAME or sqlite:PATH.", valueName: "URL"))
    var database: String

    /// The store, its schema brought up to date.
    func open() async throws -> any CentralStore {
        let store = try openCentralStore(database)
        try await store.migrate()
        return store
    }
}
