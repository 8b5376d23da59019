import Foundation
import Scanning
import Testing

/// Finding scanners and noticing them come and go, on a temporary directory standing in for
/// /dev/input (there is no /dev/input on the build machines).
@Suite struct EvdevHotplugTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "qm-input-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    // MARK: inotify

    @Test func watcherReportsNamesAppearingAndLeaving() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let watcher = try DirectoryWatcher(path: directory)
        #expect(try watcher.changes().isEmpty, "nothing yet, and no waiting")

        #expect(FileManager.default.createFile(atPath: directory + "/event7", contents: Data()))
        let appeared = try watcher.changes(waitingAtMost: .seconds(1))
        // FileManager writes through a temporary name and renames it: the final name is there.
        #expect(appeared.contains(.appeared("event7")), "\(appeared)")

        try FileManager.default.removeItem(atPath: directory + "/event7")
        let removed = try watcher.changes(waitingAtMost: .seconds(1))
        #expect(removed == [.removed("event7")])
        #expect(removed.first?.name == "event7")
    }

    @Test func watchingAMissingDirectoryIsATypedError() {
        let error = #expect(throws: EvdevError.self) { try DirectoryWatcher(path: "/nonexistent/input") }
        #expect(error == .watchFailed(path: "/nonexistent/input", errno: ENOENT))
    }

    // MARK: Listing

    @Test func nodesAreListedWithTheirStableLinks() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let manager = FileManager.default
        for name in ["event3", "event12", "mouse0"] { #expect(manager.createFile(atPath: directory + "/" + name, contents: Data())) }
        try manager.createDirectory(atPath: directory + "/by-id", withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            atPath: directory + "/by-id/usb-Honeywell_Imaging_1900_16303B0123-event-kbd", withDestinationPath: "../event12")
        let nodes = InputDeviceNode.list(in: directory, udevData: directory + "/no-udev")
        #expect(nodes.map(\.path) == [directory + "/event12", directory + "/event3"])
        #expect(nodes.first?.byIDPath == directory + "/by-id/usb-Honeywell_Imaging_1900_16303B0123-event-kbd")
        #expect(nodes.last?.links == [])
        #expect(nodes.allSatisfy { $0.udev.isEmpty }, "regular files have no udev entry")
    }

    // MARK: Selection

    let honeywell = ScannerIdentity(
        path: "/dev/input/event12", byIDPath: "/dev/input/by-id/usb-Honeywell_Imaging_1900_16303B0123-event-kbd",
        vendor: 0x0c2e, product: 0x0b81, name: "Honeywell Imaging 1900")
    let keyboard = ScannerIdentity(path: "/dev/input/event3", vendor: 0x046d, product: 0xc31c, name: "Logitech USB Keyboard")

    @Test func taggedOrNamedDevicesAreTakenPlainKeyboardsNever() {
        let tagged = ScannerSelection.udevProperties("""
            I:123
            E:ID_INPUT=1
            E:ID_INPUT_KEY=1
            E:QUARTERMASTER_SCANNER=1
            G:seat
            """)
        #expect(tagged["QUARTERMASTER_SCANNER"] == "1")
        let byTag = ScannerSelection()
        #expect(byTag.accepts(honeywell, udev: tagged, typesText: true))
        #expect(!byTag.accepts(honeywell, udev: tagged, typesText: false), "a device without letter keys is never a scanner")
        #expect(!byTag.accepts(keyboard, udev: ["ID_INPUT_KEYBOARD": "1"], typesText: true))
        #expect(!ScannerSelection(useUdevTag: false).accepts(honeywell, udev: tagged, typesText: true))

        let byVendor = ScannerSelection(vendorProducts: ["0C2E:0B81"], useUdevTag: false)
        #expect(byVendor.accepts(honeywell, typesText: true))
        #expect(!byVendor.accepts(keyboard, typesText: true))

        let byPath = ScannerSelection(paths: ["/dev/input/by-id/usb-Honeywell_Imaging_1900_16303B0123-event-kbd"])
        #expect(byPath.accepts(honeywell, links: [honeywell.byIDPath!], typesText: true))
        #expect(!byPath.accepts(keyboard, links: ["/dev/input/by-id/usb-Logitech-event-kbd"], typesText: true))
        #expect(honeywell.vendorProduct == "0c2e:0b81")
        #expect(honeywell.id == honeywell.byIDPath)
    }

    // MARK: The hub

    @Test func hubNoticesANewNodeWithinASecondAndLeavesNonDevicesAlone() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let hub = try ScannerHub(directory: directory, udevData: directory + "/no-udev")
        var events: [ScannerHubEvent] = []
        hub.start { events.append($0) }
        #expect(events.isEmpty)

        #expect(FileManager.default.createFile(atPath: directory + "/event9", contents: Data("not a device".utf8)))
        let deadline = Date().addingTimeInterval(1)
        while events.isEmpty, Date() < deadline { hub.poll(waitingAtMost: .milliseconds(100)) { events.append($0) } }
        guard case .skipped(let path, let reason) = events.first else {
            Issue.record("expected the new node to be looked at and skipped, got \(events)")
            return
        }
        #expect(path == directory + "/event9")
        #expect(reason.contains("not an input device"), "\(reason)")
        #expect(hub.scanners.isEmpty)

        // Removing a node nobody held reports nothing.
        try FileManager.default.removeItem(atPath: directory + "/event9")
        events.removeAll()
        hub.poll(waitingAtMost: .milliseconds(200)) { events.append($0) }
        #expect(events.isEmpty)
    }
}
