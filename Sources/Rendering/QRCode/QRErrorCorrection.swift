// MARK: - QRErrorCorrection

/// How much of a QR symbol may be damaged and still read. Higher levels survive smudged thermal
/// paper and scratched asset tags, at the cost of a bigger symbol for the same data.
public enum QRErrorCorrection: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    /// About 7 % of the symbol may be lost.
    case low
    /// About 15 %: the usual choice for printed slips.
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %: for labels that live on equipment for years.
    case high

    /// The most bytes an 8-bit-mode symbol of version 40 holds at this level (ISO/IEC 18004
    /// table 7), so errors can say how far over the limit the data is.
    public var maximumBytes: Int {
        switch self {
        case .low: 2953
        case .medium: 2331
        case .quartile: 1663
        case .high: 1273
        }
    }

    /// Ordered by strength: low < medium < quartile < high.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
