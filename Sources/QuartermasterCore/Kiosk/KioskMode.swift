/// The name of a job on its mode card (`QM-MODE-PICKUP`) and in `kiosk --script` (`@pickup`).
/// Only a name: what the job is, and which role it needs, is its `JobCard`. Each job declares
/// its own name (`KioskMode.pickup` lives in Jobs/Pickup), so a new job adds a name without
/// touching this file.
public struct KioskMode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The barcode printed on the mode card (`QM-MODE-PICKUP`).
    public var barcode: String { Self.cardPrefix + rawValue }

    /// Reads a mode card's barcode. Any name is read; the router refuses names no job has.
    public init?(barcode: String) {
        guard barcode.hasPrefix(Self.cardPrefix), barcode.count > Self.cardPrefix.count else { return nil }
        self.init(rawValue: String(barcode.dropFirst(Self.cardPrefix.count)))
    }

    /// The `kiosk --script` directive that switches to this mode: `@pickup`.
    public var directive: String { "@" + rawValue.lowercased() }

    public var description: String { rawValue }

    private static let cardPrefix = "QM-MODE-"
}
