public import Foundation
public import QuartermasterCore

extension SpreadsheetWriter {
    /// The workbook's bytes, for a server that sends it rather than keeps it: written by the
    /// same `write` (same checks, same layout) into a private temporary folder, read back, and
    /// the folder removed.
    public static func data(_ table: ExportTable) throws(SpreadsheetError) -> Data {
        let folder = NSTemporaryDirectory() + "qm-xlsx-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(folder, reason: "\(error)")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + table.sheetName + ".xlsx"
        try write(table, to: path)
        guard let data = FileManager.default.contents(atPath: path) else { throw .cannotWrite(path, reason: "the workbook could not be read back") }
        return data
    }
}
