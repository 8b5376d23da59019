import Foundation
import QuartermasterCore
import Rendering
import Station

/// Slips as PDF files in the data folder's `out/`: the fallback when no printer is set up.
/// Each file is written whole (temporary file, then rename), so a crash never leaves half a slip.
struct PDFSlipFolder: SlipOutput {
    var folder: String
    var renderer: SlipRenderer

    func produce(_ slip: PickupSlip) throws(StationProblem) -> String {
        let bytes: [UInt8]
        do {
            bytes = try renderer.pdf(slip)
        } catch {
            throw StationProblem(.system, "The pickup slip could not be drawn: \(error).",
                                 advice: "The pickup is recorded; tell the admin so the slip can be reprinted.")
        }
        let stamp = Self.stamp(slip.pickupTime)
        let path = "\(folder)/\(slip.requisitionNumber)-\(stamp).pdf"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StationProblem(.system, "The pickup slip could not be saved to \(folder): \(error.localizedDescription).",
                                 advice: "The pickup is recorded; free disk space or tell the admin, then reprint the slip.")
        }
        return path
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
