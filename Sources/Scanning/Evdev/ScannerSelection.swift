/// Which input devices are scanners: tagged by the udev rule, or named in the station's
/// configuration by stable path or vendor:product. A device that cannot type a scan (a mouse,
/// a power button) is never taken, and neither is a keyboard nobody named.
///
/// Deliberately no guessing by name ("Barcode" in the product string): a plain keyboard taken
/// for a scanner would be grabbed and the station's own keyboard would go dead.
public struct ScannerSelection: Hashable, Sendable {
    // MARK: Configuration

    /// `/dev/input/by-id/…` (or `/dev/input/by-path/…`) links named in the configuration.
    public var paths: Set<String>
    /// `vendor:product` pairs in hexadecimal, `0c2e:0b81`, named in the configuration.
    public var vendorProducts: Set<String>
    /// Whether devices the udev rule tagged (`QUARTERMASTER_SCANNER=1`) are taken.
    public var useUdevTag: Bool

    public init(paths: Set<String> = [], vendorProducts: Set<String> = [], useUdevTag: Bool = true) {
        self.paths = paths
        self.vendorProducts = Set(vendorProducts.map { $0.lowercased() })
        self.useUdevTag = useUdevTag
    }

    /// The udev property the rule in `Hardware/70-quartermaster-scanners.rules` sets.
    public static let udevProperty = "QUARTERMASTER_SCANNER"

    // MARK: Deciding

    /// Whether to take the device. `links` are the stable links that point at it, `udev` its
    /// udev properties (from `/run/udev/data`), `typesText` whether it has the keys a scan needs.
    public func accepts(
        _ identity: ScannerIdentity, links: [String] = [], udev: [String: String] = [:], typesText: Bool
    ) -> Bool {
        guard typesText else { return false }
        if paths.contains(identity.path) || links.contains(where: paths.contains) { return true }
        if vendorProducts.contains(identity.vendorProduct) { return true }
        return useUdevTag && udev[Self.udevProperty] == "1"
    }

    /// Reads the properties of one `/run/udev/data/c13:N` file (`E:KEY=value` lines).
    public static func udevProperties(_ database: String) -> [String: String] {
        var properties: [String: String] = [:]
        for line in database.split(separator: "\n") where line.hasPrefix("E:") {
            let entry = line.dropFirst(2)
            guard let equals = entry.firstIndex(of: "=") else { continue }
            properties[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return properties
    }
}
