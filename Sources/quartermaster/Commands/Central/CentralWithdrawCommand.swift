import ArgumentParser
import Central
import QuartermasterCore

/// `quartermaster central withdraw KIND KEY`: the admin API's `DELETE /v1/admin/KIND/{key}`,
/// through the same `CentralAdmin.withdraw`.
struct CentralWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a person, item, location, asset, invite or count campaign; stations mark it withdrawn.",
        discussion: """
            Nothing is deleted: the stations of the site the record was for pull the
            withdrawal and keep the record, marked (a person's badge is disabled, a
            location is no longer opened for a count, an asset no longer expected in one,
            an unused invite opens nothing). A location that still holds assets or rooms
            is refused until they are moved. Put the record again to bring it back.
            """)

    @Argument(help: "What the record is: person, item, location, asset, invite or campaign.")
    var kind: CentralRecordKind

    @Argument(help: "Its key: the badge, item code, location code, asset tag, invite code or campaign id.")
    var key: String

    @OptionGroup var actor: CentralActorOption
    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
        try await admin.withdraw(kind.reference, key: key)
        print(TerminalText.escaped("Withdrew \(kind.rawValue) \(key); the stations mark it withdrawn when they next sync."))
    }
}
