import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster assets show TAG`: one asset's register line, with its disposal record.
struct AssetsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one asset as the register has it.")

    @Argument(help: "The asset's tag.")
    var tag: String

    @OptionGroup var options: StationOptions

    func run() throws {
        let database = try options.openDatabase()
        do {
            guard let entry = try database.registerEntry(tag: tag) else {
                throw CommandFailure("There is no asset with tag \(TerminalText.escaped(tag)) in the register. `quartermaster assets list` shows it.")
            }
            let asset = entry.asset
            let place = try asset.locationCode.flatMap { try database.location(code: $0) }
            var rows: [[String]] = [
                ["tag", RegisterText.cell(asset.tag)], ["name", RegisterText.cell(asset.name)],
                ["model", RegisterText.cell(asset.model)], ["serial", RegisterText.cell(asset.serial)],
                ["category", RegisterText.cell(asset.category)],
                ["location", RegisterText.cell(asset.locationCode) + (place.map { " (\(RegisterText.cell($0.name)))" } ?? "")],
                ["status", asset.status.rawValue], ["custodian", RegisterText.cell(asset.custodianBadge)],
                ["purchase date", RegisterText.cell(asset.purchaseDate?.description)], ["cost", RegisterText.cost(asset.costCents)],
                ["next maintenance", RegisterText.cell(asset.nextMaintenance?.description)],
                ["last counted", RegisterText.cell(asset.lastCounted?.description)],
                ["next count", RegisterText.cell(asset.nextCount?.description)],
                ["tags printed", String(entry.tagPrinted)],
            ]
            if let disposal = entry.disposal {
                rows.append(["disposed", "\(disposal.date): \(RegisterText.cell(disposal.reason)) (approved by \(RegisterText.cell(disposal.approver)))"])
            }
            print(RegisterText.table(rows.map { [$0[0] + ":", $0[1]] }))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("Cannot read the register: \(error)")
        }
    }
}
