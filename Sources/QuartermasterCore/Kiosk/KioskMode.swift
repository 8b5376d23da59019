/// What the kiosk is doing: one activity per mode, switched by a mode barcode or a function key.
/// Counts and reception join as their flows land.
public enum KioskMode: String, CaseIterable, Sendable, Hashable, Codable {
    /// Hand out goods against an approved requisition.
    case pickup = "PICKUP"
    /// Take delivered goods into stock (入庫).
    case receive = "RECEIVE"
    /// Take returned goods back into stock.
    case `return` = "RETURN"

    /// The barcode printed on the mode card (`QM-MODE-PICKUP`).
    public var barcode: String { "QM-MODE-" + rawValue }

    /// Reads a mode card's barcode.
    public init?(barcode: String) {
        guard barcode.hasPrefix("QM-MODE-") else { return nil }
        self.init(rawValue: String(barcode.dropFirst("QM-MODE-".count)))
    }

    /// The role a person needs to work in this mode.
    public var requiredRole: Role { .keeper }
}
