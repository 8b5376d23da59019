import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster demo`: a data folder with a demo storeroom, then the kiosk on it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo data folder (people, ~50 items, requisitions) and start the kiosk on it.",
        discussion: "An existing demo folder is reused as it is; --reset starts it over.")

    @OptionGroup var options: StationOptions

    @Flag(help: "Delete the folder's station database and slips first.")
    var reset = false

    @Flag(help: "Only create the data; do not start the kiosk.")
    var noKiosk = false

    func run() async throws {
        let files = FileManager.default
        if reset {
            for name in ["station.sqlite", "station.sqlite-wal", "station.sqlite-shm", "out", "demo-csv"] {
                try? files.removeItem(atPath: options.data + "/" + name)
            }
        }
        if files.fileExists(atPath: options.databasePath) {
            print("Using the existing demo data in \(options.data) (--reset starts over).")
        } else {
            try create()
        }
        print(DemoData.walkthrough)
        if let queue = options.slipPrinter {
            print("Slips print on the CUPS queue \(queue); `quartermaster printers` shows it.")
        } else {
            print("Slips are written as PDF files to \(options.outputFolder)/.")
        }
        guard !noKiosk else { return }
        if isatty(0) == 1 {
            print("\nPress Enter to start the kiosk (Ctrl+C in the kiosk quits).", terminator: "")
            _ = readLine()
        }
        // The kiosk parses its own options (reading an unparsed option traps), so hand it the
        // station options this command was given.
        var arguments = ["--data", options.data, "--slip-paper", options.slipPaper]
        if let station = options.stationOption { arguments += ["--station", station] }
        if let language = options.language { arguments += ["--language", language] }
        if let printer = options.slipPrinter { arguments += ["--slip-printer", printer] }
        let kiosk = try KioskCommand.parse(arguments)
        try await kiosk.run()
    }

    private func create() throws {
        let folder = options.data + "/demo-csv"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try options.openDatabase()
        let now = Date()
        let files = [("people.csv", DemoData.people), ("items.csv", DemoData.items), ("requisitions.csv", DemoData.requisitions)]
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        do {
            try database.importPeople(csv: DemoData.people, file: "people.csv", actorBadge: "demo", time: now)
            try database.importItems(csv: DemoData.items, file: "items.csv", actorBadge: "demo", time: now)
            try database.importRequisitions(csv: DemoData.requisitions, file: "requisitions.csv", actorBadge: "demo", time: now)
        } catch {
            throw CommandFailure("The demo data did not import: \(error)")
        }
        print("Created a demo station in \(options.data) (CSV files in \(folder)).")
    }
}
