import Printing

/// What kind of queue a label batch goes to: a driver queue takes PDF; a raw queue passes the
/// bytes to the printer untouched, so they must be in the printer's own language.
struct LabelPrintTarget: Hashable {
    enum Kind: Hashable {
        /// A queue with a driver (PPD or IPP Everywhere): PDF.
        case driver
        /// A raw queue to a label or receipt printer: ZPL or ESC/POS.
        case raw
    }

    var queue: String
    var kind: Kind
    /// A format a person asked for (`--format`), overriding the template's hints.
    var requestedFormat: String?

    /// Reads the kind from the queue CUPS reports: a raw queue has no driver, and CUPS names
    /// its make and model "Local Raw Printer" (or none at all).
    init(queue: PrintQueue, requestedFormat: String? = nil) {
        self.queue = queue.name
        let model = queue.makeAndModel?.lowercased() ?? ""
        kind = model.isEmpty || model.contains("raw") ? .raw : .driver
        self.requestedFormat = requestedFormat
    }

    init(queue: String, kind: Kind, requestedFormat: String? = nil) {
        self.queue = queue
        self.kind = kind
        self.requestedFormat = requestedFormat
    }
}
