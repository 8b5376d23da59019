import ArgumentParser
import Central
import Foundation
import QuartermasterCore

/// `quartermaster central put KIND --json FILE|-`: one reference record in the core's JSON (the
/// body the admin API's `PUT /v1/admin/KIND/{key}` takes), checked by `CentralAdmin` and stored
/// through `putReference`, so the stations pull it.
struct CentralPutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "put",
        abstract: "Add or change a person, item, location, asset, invite or count campaign; stations pull it.",
        discussion: """
            The record is JSON, as openapi.yaml describes it. A person:
              {"badge":"100231","name":"张伟","department":"行政部",
               "roles":["employee","keeper"],"active":true}
            An item (threshold is the reorder point; stations keep their own stock):
              {"code":"A4-70G","barcodes":["6901234000016"],"name":"A4复印纸",
               "spec":"70g","unit":"包","category":"耗材","stock":0,
               "threshold":20,"bin":"A-03-2"}
            Days are {"year":2026,"month":11,"day":3}. "active": false disables a
            leaver's badge (it is never deleted).
            """)

    @Argument(help: "What the record is: person, item, location, asset, invite or campaign.")
    var kind: CentralRecordKind

    @Option(help: ArgumentHelp("The record's JSON file, or - for standard input.", valueName: "FILE"))
    var json: String

    @Option(help: "Only this site's stations see it (default every site; invites and campaigns carry their own).")
    var site: String?

    @OptionGroup var actor: CentralActorOption
    @OptionGroup var central: CentralDatabaseOptions

    func run() async throws {
        let data: Data
        if json == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: json) else {
                throw CommandFailure("Cannot read \(json): check the path.")
            }
            data = read
        }
        let admin = CentralAdmin(store: try await central.open(), admin: actor.name)
        let key: String
        do {
            switch kind {
            case .person: key = try await admin.put(person: try decode(Person.self, data), site: site).badge
            case .item: key = try await admin.put(item: try decode(Item.self, data), site: site).code
            case .location: key = try await admin.put(location: try decode(Location.self, data), site: site).code
            case .asset: key = try await admin.put(asset: try decode(Asset.self, data), site: site).tag
            case .invite: key = try await admin.put(invite: try decode(CentralInvite.self, data)).code
            case .campaign: key = try await admin.put(campaign: try decode(CountCampaign.self, data)).id
            }
        } catch let error as DecodingError {
            throw CommandFailure("The \(kind.rawValue) in \(json) could not be read: \(error.localizedDescription) (\(error)). See `quartermaster central put --help` for the form.")
        }
        print(TerminalText.escaped("Stored \(kind.rawValue) \(key)."))
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
