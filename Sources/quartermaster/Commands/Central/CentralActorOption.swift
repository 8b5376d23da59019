import ArgumentParser
import Foundation

/// `--by NAME`: who the CLI acts as (the centre records who resolved, who approved). The CLI
/// talks to the database directly, as `central station add` does, so it trusts the login.
struct CentralActorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Who is acting, as recorded (default: the login name, $USER).", valueName: "NAME"))
    var by: String?

    var name: String {
        by ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "cli"
    }
}
