/// `printers:` in station.yaml: a CUPS queue per kind of document. Without `slip` the
/// station writes its slips as PDF files in DIR/out/.
///
/// ```yaml
/// printers:
///   slip: Slips-80mm         # pickup slips
///   slip_paper: 80mm         # a5, 80mm or 58mm
///   label: QL-800            # asset tags and item labels
///   badge: Badges            # visitor badges
/// ```
public struct PrintersConfig: Decodable, Equatable, Sendable {
    public var slip: String?
    public var slipPaper: String?
    public var label: String?
    public var badge: String?

    enum CodingKeys: String, CodingKey {
        case slip
        case slipPaper = "slip_paper"
        case label
        case badge
    }

    /// The paper names `slip_paper` (and `--slip-paper`) take.
    public static let slipPaperChoices = ["a5", "80mm", "58mm", "80", "58"]

    func validate(source: StationConfigSource) throws(StationConfigError) {
        for (key, queue) in [("slip", slip), ("label", label), ("badge", badge)] {
            guard let queue else { continue }
            // CUPS queue names: printable, no space, slash or '#' (lpadmin refuses them).
            guard !queue.isEmpty, queue.count <= 127,
                  queue.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "/" && $0 != "#" })
            else {
                throw source.error("printers." + key, "\"\(queue)\" is not a CUPS queue name (no spaces, '/' or '#'; `quartermaster printers` lists the queues).")
            }
        }
        if let slipPaper, !Self.slipPaperChoices.contains(slipPaper.lowercased()) {
            throw source.error("printers.slip_paper", "\"\(slipPaper)\" is not a paper: use a5, 80mm or 58mm.")
        }
    }
}
