import ArgumentParser
import QuartermasterCore
import Storage

/// `SESSION|--last`: the session a count command works on.
struct CountSessionChoice: ParsableArguments {
    @Argument(help: ArgumentHelp("The session's id (CNT-…), as `count open` printed it.", valueName: "SESSION"))
    var session: String?

    @Flag(help: "The session opened last.")
    var last = false

    func validate() throws {
        guard (session == nil) != !last else {
            throw ValidationError("Give a session id or --last (not both).")
        }
    }

    /// The session meant; `openOnly` makes `--last` the last one still open.
    func resolve(_ database: StationDatabase, openOnly: Bool) throws -> CountSession {
        do {
            if let session {
                guard let found = try database.countSession(id: session) else {
                    throw CommandFailure("There is no count \(TerminalText.escaped(session)) at this station. See them with `quartermaster count list`.")
                }
                return found
            }
            guard let found = try database.lastCountSession(openOnly: openOnly) else {
                throw CommandFailure(openOnly
                    ? "No count is open at this station. Open one with `quartermaster count open --scope LOC`."
                    : "No count has been opened at this station yet. Open one with `quartermaster count open --scope LOC`.")
            }
            return found
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the counts: \(error)")
        }
    }
}
