import ArgumentParser

/// `quartermaster assets …`: the register at the command line. Every change is journalled with
/// who (--by/--actor), when and why (--reason); disposal has its own record and is never a delete.
struct AssetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets", abstract: "Look at and change the asset register.",
        subcommands: [
            AssetsListCommand.self, AssetsShowCommand.self, AssetsAddCommand.self, AssetsMoveCommand.self,
            AssetsSetCommand.self, AssetsDisposeCommand.self,
        ])
}
