import ArgumentParser

/// The printer options of `label print` and every `tags` command.
struct TagPrintOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The CUPS queue to print on (see `quartermaster printers`).", valueName: "QUEUE"))
    var printer: String

    @Option(help: ArgumentHelp("pdf, zpl or escpos (default: PDF for driver queues, the template's language for raw ones).", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "Queue the job and return without waiting for it to print.")
    var noWait = false

    @Option(help: ArgumentHelp("How long to wait for the job to print.", valueName: "SECONDS"))
    var timeout: Int = 120

    func validate() throws {
        guard !printer.isEmpty else { throw ValidationError("--printer needs a queue name (see `quartermaster printers`).") }
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second.") }
    }

    func job(template: String, options: StationOptions) -> LabelPrintJob {
        LabelPrintJob(template: template, printer: printer, format: format, noWait: noWait, timeout: timeout, options: options)
    }
}
