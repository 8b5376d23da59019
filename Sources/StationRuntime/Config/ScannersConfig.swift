/// `scanners:` in station.yaml: the station reads its scanners itself (evdev, grabbed
/// exclusively), those the udev rule tagged and those listed, each with its layout.
///
/// ```yaml
/// scanners:
///   layout: us               # what scanners type unless listed with their own
///   udev_tag: true           # also take devices the udev rule tagged (default true)
///   devices:
///     - id: /dev/input/by-id/usb-Honeywell_Imaging-event-kbd
///     - id: "0c2e:0b81"      # vendor:product (quote it: YAML reads 0c2e:0b81 as text, 12:30 as a number)
///       layout: de
/// ```
public struct ScannersConfig: Decodable, Equatable, Sendable {
    public var layout: String?
    public var udevTag: Bool?
    public var directory: String?
    public var devices: [Device]?

    public struct Device: Decodable, Equatable, Sendable {
        public var id: String
        public var layout: String?
    }

    enum CodingKeys: String, CodingKey {
        case layout
        case udevTag = "udev_tag"
        case directory
        case devices
    }

    func validate(source: StationConfigSource) throws(StationConfigError) {
        for (index, device) in (devices ?? []).enumerated() {
            let isPath = device.id.hasPrefix("/")
            let parts = device.id.split(separator: ":")
            let isVendorProduct = parts.count == 2 && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isHexDigit) }
            guard isPath || isVendorProduct else {
                throw source.error("scanners.devices.\(index).id", "\"\(device.id)\" is neither a /dev/input/by-id/… path nor vendor:product (4 hex digits each, e.g. \"0c2e:0b81\").")
            }
        }
    }

    /// The hub's options: these devices and layouts, keyboard-wedge scans ended by Enter.
    public var deviceOptions: ScannerDeviceOptions {
        ScannerDeviceOptions(
            devices: (devices ?? []).map(\.id), useUdevTag: udevTag ?? true, defaultLayout: layout ?? "us",
            deviceLayouts: (devices ?? []).compactMap { device in device.layout.map { device.id + "=" + $0 } },
            directory: directory ?? "/dev/input")
    }
}
