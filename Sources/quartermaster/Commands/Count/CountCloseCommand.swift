import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster count close SESSION|--last [--accept-moves]`: the reconciliation, the
/// register adjusted for the accepted moves, count dates set, and what stayed missing listed
/// with how to write it off.
struct CountCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a count: apply accepted moves to the register, set count dates, and print the reconciliation.",
        discussion: """
            Moves the auditor accepted at the kiosk (all moves, with --accept-moves) are written to
            the register with the reason "count SESSION". Every asset found gets its last count date
            (today) and its next one (in --next-count-months, default 3, or --next-count). Missing
            assets stay in the register as they are: recount them (a new count of their location),
            then write them off with `quartermaster count write-off`.
            """)

    @OptionGroup var choice: CountSessionChoice

    @Flag(help: "Apply every move found, not only those accepted at the kiosk.")
    var acceptMoves = false

    @Option(help: ArgumentHelp("Months until the next count of the assets found.", valueName: "N"))
    var nextCountMonths = 3

    @Option(help: ArgumentHelp("The next count date instead (YYYY-MM-DD).", valueName: "DATE"))
    var nextCount: String?

    @Option(help: ArgumentHelp("Who closes it, for the journal (default: the login name).", valueName: "BADGE"))
    var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

    @OptionGroup var options: StationOptions

    func validate() throws {
        guard (1...120).contains(nextCountMonths) else { throw ValidationError("--next-count-months must be 1 to 120.") }
        if let nextCount, CalendarDate(nextCount) == nil {
            throw ValidationError("--next-count \"\(nextCount)\" is not a date: write it as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let database = try options.openDatabase()
        let session = try choice.resolve(database, openOnly: true)
        let now = Date()
        let today = CalendarDate(now, in: .current)
        let next = nextCount.flatMap(CalendarDate.init) ?? today.adding(months: nextCountMonths)
        guard next > today else {
            throw CommandFailure("--next-count \(next) is not after today (\(today)): give a date to come. Count \(session.id) was not closed.")
        }
        let closure: CountClosure
        let names: [String: String]
        do {
            closure = try database.closeCount(CountClosing(
                session: session.id, closedBy: by, station: database.stationID, time: now, acceptAllMoves: acceptMoves,
                lastCounted: today, nextCount: next))
            names = try database.countLocationNames(session: session.id)
        } catch {
            throw CommandFailure("Count \(session.id) was not closed: \(error.description)")
        }
        let reconciliation = closure.reconciliation
        var lines = ["Count \(session.id) closed by \(by)."]
        lines += CountText.summary(reconciliation, locationNames: names)
        lines.append("Moved in the register (reason \"count \(session.id)\"): \(closure.moves.count)")
        for move in closure.moves { lines.append("  \(move.tag): \(move.from ?? "(no location)") → \(move.to)") }
        let unapplied = reconciliation.rows(.moved).filter { !$0.moveAccepted }
        if !unapplied.isEmpty {
            lines.append("Moves found but not accepted (the register keeps the old location): \(unapplied.count)")
            for row in unapplied { lines.append("  \(row.tag) \(row.name): registered at \(row.expectedLocation ?? "(none)"), found at \(row.foundLocation ?? "")") }
        }
        lines.append("Last counted \(today), next count \(next): set on \(closure.counted) asset(s) found.")
        let missing = reconciliation.rows(.missing)
        if missing.isEmpty {
            lines.append("Nothing is missing.")
        } else {
            lines.append("Missing (盘亏), left in the register as they are: \(missing.count)")
            for row in missing { lines.append("  \(row.tag) \(row.name) at \(row.expectedLocation ?? "(no location)")") }
            lines.append("Recount them first with a new count of their locations (quartermaster count open --scope LOC); then, after investigation, write them off:")
            lines.append("  quartermaster count write-off \(session.id) --tag TAG… --reason TEXT   (or --all-missing)")
        }
        for surplus in reconciliation.rows(.surplus) where surplus.name.isEmpty {
            lines.append("Surplus tag not registered: \(surplus.tag) at \(surplus.foundLocation ?? "")")
        }
        lines.append("Report: quartermaster count report \(session.id) --format csv")
        for line in lines { print(TerminalText.escaped(line)) }
    }
}
