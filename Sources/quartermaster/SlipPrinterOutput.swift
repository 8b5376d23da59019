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
                payload: bytes, options: ["media": Self.media(renderer.paper, pdf: bytes)], at: clock())
            return "queued for \(queue) (job \(job.id.uuidString.prefix(8).lowercased()))"
        }
    }

    /// The paper to ask the driver for, so an A5 or roll slip is not put on the queue's default
    /// A4. A roll slip is as long as its lines: its length is read from the PDF's first page.
    static func media(_ paper: SlipPaper, pdf: [UInt8]) -> String {
        if paper == .a5 { return "A5" }
        let pointsPerMM = 72 / 25.4
        let height = paper.heightMM ?? firstPageHeightPoints(pdf).map { $0 / pointsPerMM } ?? 297
        return "Custom.\(Int(paper.widthMM.rounded()))x\(Int(height.rounded(.up)))mm"
    }

    /// The height of the first `/MediaBox [x0 y0 x1 y1]` in a PDF, in points.
    static func firstPageHeightPoints(_ pdf: [UInt8]) -> Double? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let range = text.range(of: "/MediaBox") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "[" }
        let numbers = rest.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? numbers[3] - numbers[1] : nil
    }
}
