import Foundation
import QuartermasterCore
import Rendering
import Station

/// Slips as PDF files in the data folder's `out/`: the fallback when no printer is set up.
/// Each file is written whole (temporary file, then a link to its name), so a crash never leaves
/// half a slip. The name comes from the requisition number made safe (`SafeFileName`): an
/// imported number such as `../../etc/x` stays a file inside the folder.
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
        let name = SafeFileName.component(slip.requisitionNumber) + "-" + Self.stamp(slip.pickupTime)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return try Self.writeNew(bytes, folder: folder, name: name)
        } catch {
            throw StationProblem(.system, "The pickup slip could not be saved to \(folder): \(error.localizedDescription).",
                                 advice: "The pickup is recorded; free disk space or tell the admin, then reprint the slip.")
        }
    }

    /// Writes `bytes` whole under `folder` as `NAME.pdf`, or `NAME-2.pdf`, `NAME-3.pdf`… when
    /// that exists: two partial pickups of one requisition in the same second each keep their
    /// slip. The file is written under a temporary name and then hard-linked to its final name,
    /// which fails instead of replacing a slip another process wrote meanwhile.
    static func writeNew(_ bytes: [UInt8], folder: String, name: String) throws -> String {
        let temporary = "\(folder)/.slip-\(UUID().uuidString).tmp"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        defer { unlink(temporary) }
        for attempt in 1...1000 {
            let path = "\(folder)/\(name)\(attempt == 1 ? "" : "-\(attempt)").pdf"
            if link(temporary, path) == 0 { return path }
            let code = errno
            guard code == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
        }
        throw POSIXError(.EEXIST)
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
