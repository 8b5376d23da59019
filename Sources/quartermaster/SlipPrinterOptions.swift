import Foundation
import Printing
import Rendering
import Station
import Storage

/// What the printing options mean: the paper, the print server, and where slips go.
extension StationOptions {
    /// The slip printer's queue: `--slip-printer`, else `$QM_SLIP_PRINTER`; nil (or empty) means
    /// slips go to PDF files.
    var slipQueue: String? {
        let chosen = slipPrinter ?? ProcessInfo.processInfo.environment["QM_SLIP_PRINTER"]
        return chosen.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The slip's paper from `--slip-paper` (validated in `validate()`).
    var resolvedSlipPaper: SlipPaper {
        switch slipPaper.lowercased() {
        case "80mm", "80": .roll(widthMM: 80)
        case "58mm", "58": .roll(widthMM: 58)
        default: .a5
        }
    }

    /// The CUPS scheduler: `CUPS_SERVER` if set, else libcups' default.
    var printServer: PrintServer {
        PrintServer(environment: ProcessInfo.processInfo.environment)
    }

    /// The slip renderer for this station's language, zone and paper.
    var slipRenderer: SlipRenderer {
        SlipRenderer(language: resolvedLanguage, timeZone: .current, paper: resolvedSlipPaper)
    }

    /// Slips go to the slip printer's queue when one is configured, else to PDF files.
    func slipOutput(database: StationDatabase) -> StationSlipOutput {
        if let slipQueue {
            return StationSlipOutput(destination: .queue(slipQueue, renderer: slipRenderer), database: database)
        }
        return StationSlipOutput(destination: .folder(PDFSlipFolder(folder: outputFolder, renderer: slipRenderer)), database: database)
    }

    /// The worker that sends the station's queued jobs to CUPS and follows them.
    func printSpooler(database: StationDatabase) -> PrintSpooler<PrintWorkerStore> {
        PrintSpooler(server: printServer, store: PrintWorkerStore(database: database))
    }
}
