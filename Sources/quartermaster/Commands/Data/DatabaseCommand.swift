import ArgumentParser
import Foundation
import Storage

/// `quartermaster db migrate|rename-station`: station database maintenance.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Station database maintenance.", subcommands: [Migrate.self, RenameStation.self])

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the station database or bring it to the current schema.")

        @OptionGroup var options: StationOptions

        func run() throws {
            let database = try options.openDatabase()
            do {
                try database.migrate()
                let applied = try database.appliedMigrations()
                print("\(options.databasePath): schema up to date (migrations: \(applied.joined(separator: ", "))), station \(database.stationID).")
            } catch {
                throw CommandFailure("Migration failed: \(error.description)")
            }
        }
    }

    /// The one deliberate way to change a station's id: the database keeps the id it was
    /// created with and refuses to open under another, so the journal never splits in two.
    struct RenameStation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename-station",
            abstract: "Give this station a new id from now on (recorded in the journal).",
            discussion: """
                The database keeps the id it was created with and refuses to open under another.
                Give the current id as usual (--station, QM_STATION or station.yaml), or none for the database's own;
                afterwards start the station as NEW. Journal entries keep the id they were written
                under; the journal's sequence runs on, and a station.renamed event names both.
                """)

        @Argument(help: ArgumentHelp("The station's new id.", valueName: "NEW"))
        var newID: String

        @Option(help: ArgumentHelp("Who renames it, for the journal (default: the login name).", valueName: "BADGE"))
        var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

        @OptionGroup var options: StationOptions

        func run() throws {
            let current = try options.openDatabase()
            let old = current.stationID
            try? current.close()
            do {
                let database = try StationDatabase.renameStation(
                    path: options.databasePath, from: old, to: newID, actorBadge: by, time: Date())
                try database.close()
            } catch {
                throw CommandFailure("The station was not renamed: \(error.description)")
            }
            print("Station \(old) is now \(newID). If --station, QM_STATION or `station:` in station.yaml name the old id, change them to \(newID).")
        }
    }
}
