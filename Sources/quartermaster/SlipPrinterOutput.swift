import Foundation
import Printing
import QuartermasterCore
import Rendering
import Storage

/// Where pickup slips go: into the station's print queue for the slip printer, or, with no
/// printer configured, into PDF files in `DIR/out/` (`PDFSlipFolder`).
///
/// Queueing never waits for the printer: the slip's PDF is stored in the station database in
/// one transaction and the print worker sends it, so the counter keeps working while the
/// printer is out of paper, and a restart loses nothing.
struct SlipPrinterOutput: SlipOutput {
    enum Destination {
        /// PDF files in a folder.
        case folder(PDFSlipFolder)
        /// The print queue, for this CUPS queue.
        case queue(String, database: StationDatabase, renderer: SlipRenderer)
    }

    var destination: Destination
    /// The time a queued slip is stamped with; injected for tests and replays.
    var clock: @Sendable () -> Date = { Date() }

    func produce(_ slip: PickupSlip) throws(StationProblem) -> String {
        switch destination {
        case .folder(let folder):
            return try folder.produce(slip)
        case .queue(let queue, let database, let renderer):
            let bytes: [UInt8]
            do {
                bytes = try renderer.pdf(slip)
            } catch {
                throw StationProblem(
                    .system, "The pickup slip could not be drawn: \(error).",
                    advice: "The pickup is recorded; tell the admin so the slip can be reprinted.")
            }
            let job = try database.enqueuePrintJob(
                queue: queue, format: PrintDocumentFormat.pdf.rawValue, title: "Pickup slip \(slip.requisitionNumber)",
                payload: bytes, at: clock())
            return "queued for \(queue) (job \(job.id.uuidString.prefix(8).lowercased()))"
        }
    }
}
