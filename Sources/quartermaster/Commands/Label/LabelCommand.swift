import ArgumentParser

/// `quartermaster label …`: render and print labels from templates.
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label", abstract: "Render and print labels from templates.",
        subcommands: [LabelRenderCommand.self, LabelPrintCommand.self])
}
