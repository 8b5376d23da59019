#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// Every scanner of the station at once: finds them, grabs them, decodes each with its own
/// layout and decoder, and notices scanners plugged in and unplugged while it runs.
///
/// One thread does everything with `poll(2)` on the devices and an inotify watch of the input
/// directory, so scans from two scanners are never interleaved and each carries its scanner's
/// id. Not `Sendable`: run it on a dedicated thread and pass its events on.
public final class ScannerHub {
    // MARK: Set-up

    /// The directory device nodes live in (`/dev/input`; a temporary one in tests).
    public let directory: String
    private let udevData: String
    private let selection: ScannerSelection
    private let layouts: [String: String]
    private let defaultLayout: String
    private let configuration: ScanDecoderConfiguration
    private let watcher: DirectoryWatcher

    private struct Open {
        var device: EvdevDevice
        var identity: ScannerIdentity
        var decoder: ScanDecoder
    }

    private var open: [String: Open] = [:]
    /// Nodes seen but not taken, retried when udev changes their permissions.
    private var waiting: Set<String> = []

    /// `layouts` maps a by-id path, node path or `vendor:product` to the layout that scanner
    /// emits; others use `defaultLayout`.
    public init(
        directory: String = "/dev/input", udevData: String = "/run/udev/data", selection: ScannerSelection = .init(),
        layouts: [String: String] = [:], defaultLayout: String = "us", configuration: ScanDecoderConfiguration = .init()
    ) throws(EvdevError) {
        self.directory = directory
        self.udevData = udevData
        self.selection = selection
        self.layouts = layouts
        self.defaultLayout = defaultLayout
        self.configuration = configuration
        self.watcher = try DirectoryWatcher(path: directory)
    }

    /// The scanners held now.
    public var scanners: [ScannerIdentity] { open.values.map(\.identity).sorted { $0.id < $1.id } }

    // MARK: Running

    /// Opens every scanner present now; reports each as connected or skipped.
    public func start(_ report: (ScannerHubEvent) -> Void) {
        for node in InputDeviceNode.list(in: directory, udevData: udevData) { consider(node, report) }
    }

    /// Waits up to `timeout` for events from the scanners or the directory and reports what
    /// happened. Call it in a loop; a second or less keeps hotplug within a second.
    public func poll(waitingAtMost timeout: Duration, _ report: (ScannerHubEvent) -> Void) {
        let paths = Array(open.keys)
        var waiters = paths.map { pollfd(fd: open[$0]!.device.fileDescriptor, events: Int16(POLLIN), revents: 0) }
        waiters.append(pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0))
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let ready = Glibc.poll(&waiters, nfds_t(waiters.count), milliseconds)
        let now = Self.now()
        for (index, path) in paths.enumerated() {
            guard let entry = open[path] else { continue }
            var decoder = entry.decoder
            if ready > 0, waiters[index].revents != 0 {
                do {
                    try entry.device.readAvailable { event, resync in
                        if resync {
                            decoder.resynchronise(event)
                        } else if let scan = decoder.handle(event) {
                            report(.scan(scan))
                        }
                    }
                } catch {
                    open[path] = nil
                    report(.disconnected(entry.identity, dropped: decoder.interrupt(at: now)))
                    continue
                }
            }
            if let scan = decoder.timeout(at: now) { report(.scan(scan)) }
            open[path]?.decoder = decoder
        }
        guard ready > 0, waiters.last?.revents != 0, let changes = try? watcher.changes() else { return }
        for change in changes where change.name.hasPrefix("event") {
            let path = directory + "/" + change.name
            switch change {
            case .appeared:
                guard open[path] == nil else { continue }
                let node = InputDeviceNode.list(in: directory, udevData: udevData).first { $0.path == path }
                consider(node ?? InputDeviceNode(path: path), report)
            case .removed:
                waiting.remove(path)
                if let entry = open.removeValue(forKey: path) {
                    var decoder = entry.decoder
                    report(.disconnected(entry.identity, dropped: decoder.interrupt(at: now)))
                }
            }
        }
    }

    // MARK: Taking a device

    private func consider(_ node: InputDeviceNode, _ report: (ScannerHubEvent) -> Void) {
        let device: EvdevDevice
        do {
            device = try EvdevDevice(path: node.path)
        } catch {
            if waiting.insert(node.path).inserted { report(.skipped(path: node.path, reason: error.description)) }
            return
        }
        let identity = device.identity(byIDPath: node.byIDPath)
        guard selection.accepts(identity, links: node.links, udev: node.udev, typesText: device.typesText) else {
            if waiting.insert(node.path).inserted {
                report(.skipped(path: node.path, reason: "\(identity) is not configured as a scanner"))
            }
            return
        }
        do {
            try device.grab()
            let layoutName = layouts[identity.id] ?? layouts[node.path] ?? layouts[identity.vendorProduct] ?? defaultLayout
            let decoder = try ScanDecoder(
                layout: KeyboardLayout(layout: layoutName), device: identity.id, configuration: configuration)
            waiting.remove(node.path)
            open[node.path] = Open(device: device, identity: identity, decoder: decoder)
            report(.connected(identity))
        } catch let error as EvdevError {
            report(.skipped(path: node.path, reason: error.description))
        } catch {
            report(.skipped(path: node.path, reason: "\(error)"))
        }
    }

    private static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}
