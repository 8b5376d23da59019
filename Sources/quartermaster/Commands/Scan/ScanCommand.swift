import ArgumentParser

/// `quartermaster scan …`: decode scanner recordings and barcode images.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Decode scanner recordings and barcode images.",
        subcommands: [ScanReplayCommand.self, ScanListenCommand.self, ScanImageCommand.self])
}
