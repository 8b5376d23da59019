public import Foundation
internal import Printing
public import QuartermasterCore
public import Rendering
public import Storage

/// Where pickup slips go: into the station's print queue for the slip printer, or, with no
/// printer configured, into PDF files in `DIR/out/` (`PDFSlipFolder`).
///
/// A slip reaches this output already owed in the database (queued in the pickup's own
/// transaction); producing it ends with marking it produced, so a crash in between produces it
/// again after the restart rather than never. Queueing never waits for the printer: the slip's
/// PDF goes into the print queue under the slip's own id, which makes a second attempt find
/// the first one's job instead of queueing a copy.
public struct StationSlipOutput: SlipOutput {
    public enum Destination {
        /// PDF files in a folder.
        case folder(PDFSlipFolder)
        /// The print queue, for this CUPS queue.
        case queue(String, renderer: SlipRenderer)
    }

    public var destination: Destination
    public var database: StationDatabase
    /// When a slip counts as produced; injected for tests.
    public var clock: @Sendable () -> Date
    /// The rules a walk-in accepts at reception (station.yaml `reception.rules`).
    public var siteRules: SiteRules = .standard
    /// Where slips, badges and roll calls are drawn: here, or (the running station) in a child
    /// process per document (`ChildProcessDrawing`).
    public var drawing: any DocumentDrawing = InProcessDrawing()

    public init(destination: Destination, database: StationDatabase, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.destination = destination
        self.database = database
        self.clock = clock
    }

    /// Builds the slip owed under `id` from the store and produces it.
    public func produceSlip(id: UUID) throws(StationProblem) -> String {
        var owed = try database.owedSlip(id: id)
        if owed == nil { owed = try database.pendingSlips().first { $0.id == id } }
        guard let queued = owed else {
            throw StationProblem(
                .conflict, "The pickup slip \(id.uuidString.prefix(8).lowercased()) is not owed: it was produced already.",
                advice: "Run `quartermaster slip reprint` with the requisition's number for another copy.")
        }
        return try produce(queued, at: clock())
    }

    private func produce(_ queued: QueuedSlip, at now: Date) throws(StationProblem) -> String {
        let output: String
        do throws(StationProblem) {
            output = try deliver(queued, at: now)
        } catch {
            try? database.noteSlipProblem(id: queued.id, error.description, at: now)
            throw error
        }
        try database.markSlipProduced(queued, output: output, at: now)
        return output
    }

    /// Produces every slip still owed (left by a crash, a full disk or a broken renderer), oldest
    /// first; each answer says where it went or why not.
    public func producePending(at now: Date) throws(StationProblem) -> [(slip: QueuedSlip, result: Result<String, StationProblem>)] {
        try database.pendingSlips().map { queued in
            do throws(StationProblem) {
                return (queued, .success(try produce(queued, at: now)))
            } catch {
                return (queued, .failure(error))
            }
        }
    }

    private func deliver(_ queued: QueuedSlip, at now: Date) throws(StationProblem) -> String {
        switch destination {
        case .folder(let folder):
            return try folder.produce(queued, drawing: drawing)
        case .queue(let queue, let renderer):
            if let job = try database.printJob(id: queued.id) {
                return Self.queuedNote(job.queue, id: job.id)
            }
            let bytes = try Self.pdf(queued.slip, renderer: renderer, drawing: drawing)
            let title = queued.reprintOf == nil ? "Pickup slip \(queued.slip.requisitionNumber)" : "Pickup slip \(queued.slip.requisitionNumber) (reprint)"
            let job = try database.enqueuePrintJob(
                queue: queue, format: PrintDocumentFormat.pdf.rawValue, title: title,
                payload: bytes, options: ["media": Self.media(renderer.paper, pdf: bytes)], id: queued.id, at: now)
            return Self.queuedNote(queue, id: job.id)
        }
    }

    static func queuedNote(_ queue: String, id: UUID) -> String {
        "queued for \(queue) (job \(id.uuidString.prefix(8).lowercased()))"
    }

    static func pdf(_ slip: PickupSlip, renderer: SlipRenderer, drawing: any DocumentDrawing) throws(StationProblem) -> [UInt8] {
        do {
            return try drawing.pdf(.slip(slip, renderer))
        } catch {
            throw StationProblem(
                .system, "The pickup slip could not be drawn: \(error).",
                advice: "The pickup is recorded and its slip stays owed; tell the admin, then run `quartermaster slip reprint \(slip.requisitionNumber)`.")
        }
    }

    /// The paper to ask the driver for, so an A5 or roll slip is not put on the queue's default
    /// A4. A roll slip is as long as its lines: its length is read from the PDF's first page.
    public static func media(_ paper: SlipPaper, pdf: [UInt8]) -> String {
        if paper == .a5 { return "A5" }
        let pointsPerMM = 72 / 25.4
        let height = paper.heightMM ?? firstPageHeightPoints(pdf).map { $0 / pointsPerMM } ?? 297
        return "Custom.\(Int(paper.widthMM.rounded()))x\(Int(height.rounded(.up)))mm"
    }

    /// The height of the first `/MediaBox [x0 y0 x1 y1]` in a PDF, in points. Searches the
    /// bytes and reads only the box: a slip's PDF is tens of kilobytes of mostly binary streams.
    static func firstPageHeightPoints(_ pdf: [UInt8]) -> Double? {
        let key = Array("/MediaBox".utf8)
        guard pdf.count >= key.count,
              let start = (0...(pdf.count - key.count)).first(where: { pdf[$0..<$0 + key.count].elementsEqual(key) })
        else { return nil }
        let box = pdf[(start + key.count)...].prefix(96).prefix { $0 != UInt8(ascii: "]") }
        let numbers = String(decoding: box, as: UTF8.self).split { $0 == " " || $0 == "[" }.compactMap { Double($0) }
        return numbers.count == 4 ? numbers[3] - numbers[1] : nil
    }
}
