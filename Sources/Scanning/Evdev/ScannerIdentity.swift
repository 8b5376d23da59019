/// Which scanner spoke: enough to tell two scanners on one station apart and to find the same
/// one again after it is plugged back in.
///
/// The by-id path (`/dev/input/by-id/usb-Honeywell_Imaging_1900_16303B0123-event-kbd`) holds
/// the serial number and survives replugging; `eventN` numbers do not. Vendor and product say
/// which model it is, for the udev rule and the config.
public struct ScannerIdentity: Hashable, Sendable, Codable, CustomStringConvertible {
    // MARK: Value

    /// The device node the events come from, `/dev/input/event5` (or a recording's path).
    public var path: String
    /// The stable `/dev/input/by-id/…` link to it, if udev made one.
    public var byIDPath: String?
    /// USB vendor id, e.g. 0x0c2e for Honeywell.
    public var vendor: Int
    /// USB product id.
    public var product: Int
    /// The name the device reports, e.g. "Honeywell Imaging 1900".
    public var name: String

    public init(path: String, byIDPath: String? = nil, vendor: Int, product: Int, name: String) {
        self.path = path
        self.byIDPath = byIDPath
        self.vendor = vendor
        self.product = product
        self.name = name
    }

    // MARK: Reading it

    /// `0c2e:0b81`, as `lsusb` and the config write it.
    public var vendorProduct: String { Self.hex4(vendor) + ":" + Self.hex4(product) }

    /// The id flows and logs use: the by-id path when there is one, else the node.
    public var id: String { byIDPath ?? path }

    public var description: String { "\(name) [\(vendorProduct)] \(id)" }

    static func hex4(_ value: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
