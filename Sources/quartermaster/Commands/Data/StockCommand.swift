import ArgumentParser
import Foundation
import QuartermasterCore
import Storage

/// `quartermaster stock adjust ITEM --to N --reason …`: correct the books to what the shelf
/// holds, as an adjustment movement with who, when, where and why (never a silent overwrite).
struct StockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock", abstract: "Stock corrections.", subcommands: [Adjust.self])

    struct Adjust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an item's stock to what was counted, recorded as an adjustment with its reason.")

        @Argument(help: "The item's code (or one of its barcodes).")
        var item: String

        @Option(help: ArgumentHelp("The stock counted on the shelf.", valueName: "N"))
        var to: Int

        @Option(help: ArgumentHelp("Why the books were wrong (recorded with the adjustment).", valueName: "TEXT"))
        var reason: String

        @Option(help: ArgumentHelp("Who counted, for the journal (default: the login name).", valueName: "BADGE"))
        var by: String = ProcessInfo.processInfo.environment["USER"] ?? "admin"

        @OptionGroup var options: StationOptions

        func validate() throws {
            guard to >= 0 else { throw ValidationError("--to must be 0 or more: stock cannot be negative.") }
            guard to <= QuantityLimit.maximum else { throw ValidationError("--to must be at most \(QuantityLimit.maximum): check the count.") }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("Give a --reason: an adjustment without one cannot be investigated later.")
            }
        }

        func run() throws {
            let database = try options.openDatabase()
            do {
                guard let found = try database.item(barcode: item) else {
                    throw CommandFailure("No item with code or barcode \(item). Check it with `quartermaster export stock`.")
                }
                let before = found.stock
                let after = try database.adjustStock(
                    itemCode: found.code, newStock: to, actorBadge: by, station: database.stationID, time: Date(), reason: reason)
                print("\(TerminalText.escaped(found.code)) \(TerminalText.escaped(found.name)): stock \(before) → \(after.stock) (\(reason)).")
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("The adjustment was not recorded: \(error)")
            }
        }
    }
}
