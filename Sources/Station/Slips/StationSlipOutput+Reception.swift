public import Foundation
public import QuartermasterCore
internal import Rendering

/// The station's output is reception's desk: badges from `labels/visitor-badge-62x100.yaml`,
/// to the print queue (the slip printer's, or a badge queue) or, without a printer, as PDF
/// files beside the slips.
extension StationSlipOutput: ReceptionDesk {
    public func printBadge(_ pass: VisitPass, at time: Date) throws(StationProblem) -> String {
        let bytes: [UInt8]
        do {
            bytes = try drawing.pdf(.label(template: "visitor-badge-62x100", fields: pass.badgeFields))
        } catch {
            throw StationProblem(.system, "The visitor badge could not be drawn: \(error).", advice: "The visitor is signed in; write a paper badge and tell the admin.")
        }
        switch destination {
        case .folder(let folder):
            let path = "\(folder.folder)/visitor-badge-\(pass.badgeCode).pdf"
            do {
                try FileManager.default.createDirectory(atPath: folder.folder, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw StationProblem(.system, "The visitor badge could not be saved to \(folder.folder): \(error.localizedDescription).", advice: "Check the disk.")
            }
            return path
        case .queue(let queue, _):
            var generator = SystemRandomNumberGenerator()
            let job = try database.enqueuePrintJob(
                queue: queue, format: "application/pdf", title: "Visitor badge",
                payload: bytes, options: ["media": "Custom.62x100mm"], id: UUIDv7.make(time: time, using: &generator), at: time)
            return Self.queuedNote(queue, id: job.id)
        }
    }

    /// The roll call on the slip printer now (or as a PDF beside the slips), with the time it
    /// was made. Queued like a slip: the printer's own worker sends it, the kiosk does not wait.
    public func printRollCall(_ visits: [VisitListing], at time: Date) throws(StationProblem) -> String {
        let renderer: RollCallRenderer
        switch destination {
        case .folder(let folder): renderer = RollCallRenderer(language: folder.renderer.language, timeZone: folder.renderer.timeZone, paper: folder.renderer.paper)
        case .queue(_, let slips): renderer = RollCallRenderer(language: slips.language, timeZone: slips.timeZone, paper: slips.paper)
        }
        let closed = try database.notSignedOut(on: CalendarDate(time, in: database.stationTimeZone))
        let bytes: [UInt8]
        do {
            bytes = try drawing.pdf(.rollCall(visits: visits, closed: closed, madeAt: time, station: database.stationID, renderer))
        } catch {
            throw StationProblem(.system, "The roll call could not be drawn: \(error).", advice: "Run `quartermaster visitors onsite` at a terminal, and tell the admin.")
        }
        switch destination {
        case .folder(let folder):
            let path = "\(folder.folder)/roll-call-\(PDFSlipFolder.stamp(time)).pdf"
            do {
                try FileManager.default.createDirectory(atPath: folder.folder, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw StationProblem(.system, "The roll call could not be saved to \(folder.folder): \(error.localizedDescription).", advice: "Check the disk.")
            }
            return path
        case .queue(let queue, let slips):
            var generator = SystemRandomNumberGenerator()
            let job = try database.enqueuePrintJob(
                queue: queue, format: "application/pdf", title: "Roll call",
                payload: bytes, options: ["media": Self.media(slips.paper, pdf: bytes)], id: UUIDv7.make(time: time, using: &generator), at: time)
            return Self.queuedNote(queue, id: job.id)
        }
    }
}
