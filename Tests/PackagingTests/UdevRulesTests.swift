import Foundation
import QuartermasterTesting
import Testing

/// Hardware/'s udev rules and hwdb: every vendor id is the one Debian's usb.ids names at the line
/// the file cites, the hwdb compiles and answers for those vendors only, and udev parses the rules
/// without a complaint.
@Suite struct UdevRulesTests {
    static let files = ["Hardware/70-quartermaster.hwdb", "Hardware/70-quartermaster-scanners.rules"]
    static let usbIDs = "/usr/share/misc/usb.ids"

    /// `# usb.ids line 1234: 0c2e  Metrologic Instruments — Honeywell` comments (the usb.ids entry
    /// as written, then our note after a dash), by vendor id.
    static func citations(in text: String) throws -> [String: (line: Int, entry: String)] {
        var found: [String: (line: Int, entry: String)] = [:]
        for match in text.matches(of: /(?m)# usb\.ids line (\d+): (([0-9a-f]{4})  .*?)(?: — .*)?$/) {
            found[String(match.3)] = (Int(match.1)!, String(match.2))
        }
        return found
    }

    /// Vendor ids the file matches on: hwdb `usb:vXXXXp…` keys and rules' `ATTRS{idVendor}=="xxxx"`.
    static func vendorIDs(in text: String) -> Set<String> {
        var ids = Set(text.matches(of: /(?m)^usb:v([0-9A-F]{4})p/).map { $0.1.lowercased() })
        for match in text.matches(of: /(?m)^[^#\n]*idVendor\}=="([0-9a-fA-F]{4})"/) { ids.insert(match.1.lowercased()) }
        return ids
    }

    @Test(arguments: files) func everyVendorIsCitedFromUsbIDs(file: String) throws {
        let text = try PackageFolder.read(file)
        let database = try String(contentsOfFile: Self.usbIDs, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let cited = try Self.citations(in: text)
        for id in Self.vendorIDs(in: text) {
            #expect(cited[id] != nil, "\(file): vendor \(id) has no `# usb.ids line N: \(id)  NAME` comment")
        }
        for (id, citation) in cited {
            let actual = citation.line <= database.count ? String(database[citation.line - 1]) : "(past the end)"
            #expect(actual == citation.entry, "\(file): usb.ids line \(citation.line) is \"\(actual)\", not \"\(citation.entry)\" (vendor \(id))")
        }
    }

    @Test func theHwdbHasVendorsAndEveryOneIsCited() throws {
        let text = try PackageFolder.read("Hardware/70-quartermaster.hwdb")
        #expect(Self.vendorIDs(in: text).count >= 5)
    }

    /// `systemd-hwdb --strict update` into a scratch root, then the lookup udev's hwdb builtin
    /// does for a USB device (`usb:vVVVVpPPPP:product`).
    @Test func theHwdbTagsTheScannerVendorsAndNotAKeyboardChip() throws {
        let root = try PackageFolder.temporary("hwdb")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/etc/udev/hwdb.d", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PackageFolder.path("Hardware/70-quartermaster.hwdb"), toPath: root + "/etc/udev/hwdb.d/70-quartermaster.hwdb")
        let hwdb = try ChildProcess.which("systemd-hwdb")
        let update = try ChildProcess.run(hwdb, ["--root=" + root, "--strict", "update"])
        #expect(update.status == 0 && update.error.isEmpty, "systemd-hwdb update: \(update.error)")
        let text = try PackageFolder.read("Hardware/70-quartermaster.hwdb")
        for id in Self.vendorIDs(in: text) {
            let query = try ChildProcess.run(hwdb, ["--root=" + root, "query", "usb:v\(id.uppercased())p0B81:Scanner"])
            #expect(query.output.contains("ID_QUARTERMASTER_SCANNER=1"), "vendor \(id) is not tagged: \(query.output)\(query.error)")
        }
        // QinHeng's CH34x chips are in keyboards too: never tagged by vendor alone.
        let generic = try ChildProcess.run(hwdb, ["--root=" + root, "query", "usb:v1A86pE026:Keyboard"])
        #expect(!generic.output.contains("ID_QUARTERMASTER_SCANNER"))
    }

    /// Debian 12's udevadm has no `verify`: `udevadm test` loads every rules file and logs each
    /// line it cannot parse with the file's name. The rules go in /run/udev/rules.d inside a
    /// private mount namespace (a tmpfs only this command sees), so the machine's udev is untouched.
    @Test func udevParsesTheRules() throws {
        let rules = PackageFolder.path("Hardware/70-quartermaster-scanners.rules")
        let script = """
            set -e
            mkdir -p /run/udev/rules.d
            mount -t tmpfs quartermaster-test /run/udev/rules.d
            cp '\(rules)' /run/udev/rules.d/
            udevadm test --action=add /sys/class/mem/null 2>&1
            """
        let result = try ChildProcess.run(try ChildProcess.which("unshare"), ["--mount", "sh", "-c", script])
        #expect(result.status == 0, "udevadm test failed: \(result.output)\(result.error)")
        let loaded = result.output.contains("Reading rules file: /run/udev/rules.d/70-quartermaster-scanners.rules")
        #expect(loaded, "udevadm did not read the rules: \(result.output.suffix(2000))")
        let complaints = result.output.split(separator: "\n").filter {
            $0.contains("70-quartermaster-scanners.rules") && !$0.hasPrefix("Reading rules file:")
        }
        #expect(complaints.isEmpty, "udev complains about the rules:\n\(complaints.joined(separator: "\n"))")
    }
}
