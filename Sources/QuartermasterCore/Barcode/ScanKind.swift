/// What a scan is, as far as the station can tell from the text alone. The kiosk flows decide
/// what to do with it (a badge means "who are you" in one step and "recipient" in another).
/// Raw values are written in configuration and logs: never rename one that has shipped.
public enum ScanKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// An employee badge, E12345.
    case badge
    /// Goods: a GTIN (EAN-13, EAN-8, UPC-A, GTIN-14), a GS1 barcode with AI 01, or our own
    /// item code ITM-….
    case item
    /// A requisition or its pickup slip, YPQ-2024-001.
    case requisition
    /// A fixed-asset tag, FA-000123.
    case assetTag
    /// A location label for counts, LOC-HQ-3F-301.
    case location
    /// A visitor's invitation code, INV-7K2M9Q.
    case visitorInvite
    /// A printed visitor badge, VB-20240301.
    case visitorBadge
    /// A mode card on the counter, QM-MODE-COUNT.
    case mode
    /// A quantity card or a typed number, 1 to 4 digits.
    case quantity
    /// None of the above.
    case unknown
}
