import Printing

/// A rendered batch ready for CUPS.
struct LabelPrintDocument {
    var bytes: [UInt8]
    /// How CUPS must treat it: `application/pdf` for driver queues, raw for printer languages.
    var format: PrintDocumentFormat
    /// The label language, for messages ("pdf", "zpl", "escpos").
    var language: String
    var labelCount: Int
    /// IPP job options, e.g. the label's size as `media` so a driver queue does not put a
    /// 62 × 29 mm label in the middle of its default A4 page.
    var options: [String: String] = [:]
}
