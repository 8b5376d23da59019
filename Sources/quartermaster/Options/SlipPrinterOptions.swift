import Foundation
import Printing
import Station
import StationRuntime
import Storage

/// What the printing options mean for the commands: the same resolution as the running
/// station's (`StationSettings`), so `slip`, `printers` and `tags print` print where the kiosk does.
extension StationOptions {
    /// The slip printer's queue: `--slip-printer`, else `$QM_SLIP_PRINTER`, else station.yaml's
    /// `printers.slip`; nil (or empty) means slips go to PDF files.
    var slipQueue: String? { settings(config: config).slipQueue }

    /// The CUPS scheduler: `CUPS_SERVER` if set, else libcups' default.
    var printServer: PrintServer {
        PrintServer(environment: ProcessInfo.processInfo.environment)
    }

    /// Slips go to the slip printer's queue when one is configured, else to PDF files.
    func slipOutput(database: StationDatabase) -> StationSlipOutput {
        settings(config: config).slipOutput(database: database)
    }

    /// The worker that sends the station's queued jobs to CUPS and follows them.
    func printSpooler(database: StationDatabase) -> PrintSpooler<PrintWorkerStore> {
        settings(config: config).printSpooler(database: database)
    }
}
