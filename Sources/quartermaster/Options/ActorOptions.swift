import ArgumentParser
import Foundation

/// Who makes a register change, for the journal: `--by BADGE` as the other recording commands
/// (`stock adjust`, `import`) spell it, with `--actor` as a second name.
struct ActorOptions: ParsableArguments {
    @Option(name: [.customLong("by"), .customLong("actor")],
            help: ArgumentHelp("Who makes the change, for the journal (default: the login name).", valueName: "BADGE"))
    var badge: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"
}
