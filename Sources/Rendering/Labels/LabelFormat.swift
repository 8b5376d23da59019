// MARK: - LabelFormat

/// The four outputs one label layout produces.
public enum LabelFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Vector PDF for driver queues (CUPS) and archives; many labels become many pages.
    case pdf
    /// One label as a PNG at the template's resolution, for screens and raster drivers.
    case png
    /// ZPL II for Zebra raw queues (port 9100), the label as one graphic field.
    case zpl
    /// ESC/POS `GS v 0` raster for receipt printers, which many lack a QR command for.
    case escpos

    /// The format a file name asks for by its extension, or nil when it does not say.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "pdf": self = .pdf
        case "png": self = .png
        case "zpl": self = .zpl
        case "escpos", "pos", "bin": self = .escpos
        default: return nil
        }
    }
}
