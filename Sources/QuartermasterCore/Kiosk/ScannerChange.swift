/// A scanner of the station came or went. Reported by the device reader, so the person at the
/// counter learns that scans are not arriving before they wonder why.
public enum ScannerChange: Sendable, Hashable {
    case connected(name: String)
    /// The scanner vanished; `droppedScan` when it went mid-scan and that scan was thrown away.
    case disconnected(name: String, droppedScan: Bool)
}
