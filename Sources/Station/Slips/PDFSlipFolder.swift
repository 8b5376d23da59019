internal import Foundation
public import QuartermasterCore
public import Rendering

/// Slips as PDF files in the data folder's `out/`: the fallback when no printer is set up.
/// Each file is written whole (temporary file, then rename), so a crash never leaves half a
/// slip, and a slip produced again after a crash replaces its own file rather than adding one.
public struct PDFSlipFolder: Sendable {
    public var folder: String
    public var renderer: SlipRenderer

    public init(folder: String, renderer: SlipRenderer) {
        self.folder = folder
        self.renderer = renderer
    }

    func produce(_ queued: QueuedSlip, drawing: any DocumentDrawing) throws(StationProblem) -> String {
        let slip = queued.slip
        let bytes = try StationSlipOutput.pdf(slip, renderer: renderer, drawing: drawing)
        let path = "\(folder)/\(Self.fileName(queued))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StationProblem(.system, "The pickup slip could not be saved to \(folder): \(error.localizedDescription).",
                                 advice: "The pickup is recorded and its slip stays owed; free disk space or tell the admin, then run `quartermaster slip reprint \(slip.requisitionNumber)`.")
        }
        return path
    }

    /// `YPQ-2024-001-20240301T060000Z.pdf`, the number made safe (`SafeFileName`: an imported
    /// `../../etc/x` stays a file inside the folder); a reprint adds `-reprint-` and its id's
    /// first eight characters, so it never replaces the first print's file.
    public static func fileName(_ queued: QueuedSlip) -> String {
        var name = "\(SafeFileName.component(queued.slip.requisitionNumber))-\(stamp(queued.slip.pickupTime))"
        if queued.reprintOf != nil { name += "-reprint-" + queued.id.uuidString.prefix(8).lowercased() }
        return name + ".pdf"
    }

    /// `20240301T060000Z`: ISO 8601's basic format in UTC. (Not a `DateFormatter`: that is ICU's,
    /// and would bring its code and tables into the running station for a file name.)
    static func stamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted, timeZone: .gmt))
    }
}
