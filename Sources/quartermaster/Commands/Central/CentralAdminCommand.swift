import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central admin add|revoke NAME`: the people who may use the admin API.
struct CentralAdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Add an administrator (and get their admin API token) or revoke one.",
        subcommands: [Add.self, Revoke.self])

    /// Prints the token alone on the last line (scripts take `tail -n 1`), once: the centre keeps
    /// only its SHA-256.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an administrator and print their admin token, alone on the last line.",
            discussion: """
                The token opens /v1/admin/… (Authorization: Bearer TOKEN) and nothing else; it is
                shown once and stored only as its SHA-256. A station's token is refused there (403).
                """)

        @Argument(help: "The administrator's name, unique among live admins (李娜, it-ops).")
        var name: String

        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let store = try await central.open()
            let token = try await store.addAdmin(name: name)
            print(TerminalText.escaped("Admin \(name) added. Their admin API token (shown once):"))
            print(token)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an administrator's token at once.")

        @Argument(help: "The administrator's name.")
        var name: String

        @OptionGroup var central: CentralDatabaseOptions

        func run() async throws {
            let store = try await central.open()
            try await store.revokeAdmin(name: name)
            print(TerminalText.escaped("Admin \(name) revoked."))
        }
    }
}
