import ArgumentParser
import Storage

/// `quartermaster db migrate`: bring the station database to the current schema.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Station database maintenance.", subcommands: [Migrate.self])

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the station database or bring it to the current schema.")

        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            do {
                try database.migrate()
                let applied = try database.appliedMigrations()
                print("\(options.databasePath): schema up to date (migrations: \(applied.joined(separator: ", "))).")
            } catch {
                throw CommandFailure("Migration failed: \(error.description)")
            }
        }
    }
}
