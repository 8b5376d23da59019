import ArgumentParser

/// `quartermaster tags …`: asset tags and location labels, printed through the same one-job
/// label machinery as `label print` (`LabelPrintJob`).
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "Print asset tags and location labels.",
        subcommands: [TagsPrintCommand.self, TagsLocationsCommand.self, TagsReprintCommand.self])
}
