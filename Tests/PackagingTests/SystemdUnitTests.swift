import Foundation
import QuartermasterTesting
import Testing

/// The units in systemd/ as systemd itself reads them: `systemd-analyze verify` prints a line for
/// every unknown key, bad value, missing binary or unknown dependency, so any output fails.
@Suite struct SystemdUnitTests {
    static let units = ["quartermaster-station.service", "quartermaster-central.service"]

    /// verify checks that ExecStart's binary exists, so each unit is verified as a copy whose
    /// /usr/bin/quartermaster is the binary built with the tests; the committed units keep the
    /// packaged path.
    @Test(arguments: units) func systemdAcceptsTheUnit(unit: String) throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let folder = try PackageFolder.temporary("units")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try PackageFolder.read("systemd/" + unit)
        #expect(text.contains("ExecStart=/usr/bin/quartermaster "))
        let copy = folder + "/" + unit
        try text.replacingOccurrences(of: "/usr/bin/quartermaster", with: binary).write(toFile: copy, atomically: true, encoding: .utf8)
        let result = try ChildProcess.run(try ChildProcess.which("systemd-analyze"), ["verify", copy])
        #expect(result.status == 0, "systemd-analyze verify \(unit) failed: \(result.error)")
        #expect(result.output.isEmpty && result.error.isEmpty, "systemd-analyze verify \(unit) warned:\n\(result.output)\(result.error)")
    }

    /// The station's command line is the contract between the unit and the runtime (issue 11).
    @Test func theStationRunsFromTheConfigFileOnTty1() throws {
        let text = try PackageFolder.read("systemd/quartermaster-station.service")
        let lines = Set(text.split(separator: "\n").map(String.init))
        for line in [
            "ExecStart=/usr/bin/quartermaster run --config /etc/quartermaster/station.yaml",
            "Type=notify", "NotifyAccess=main", "TTYPath=/dev/tty1", "StandardInput=tty", "TTYReset=yes",
            "TTYVHangup=yes", "Conflicts=getty@tty1.service", "DevicePolicy=closed", "DeviceAllow=/dev/tty1 rw",
            "User=quartermaster", "StateDirectory=quartermaster",
        ] {
            #expect(lines.contains(line), "quartermaster-station.service lacks \(line)")
        }
    }

    /// The user the units name is the one sysusers.d creates, in the groups that own scanners,
    /// cameras and printers (systemd-sysusers into an empty root).
    @Test func sysusersCreatesTheStationUserInItsDeviceGroups() throws {
        let root = try PackageFolder.temporary("sysusers")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/etc", withIntermediateDirectories: true)
        let result = try ChildProcess.run(
            try ChildProcess.which("systemd-sysusers"), ["--root=" + root, PackageFolder.path("systemd/sysusers.d/quartermaster.conf")])
        #expect(result.status == 0, "systemd-sysusers failed: \(result.error)")
        let passwd = try String(contentsOfFile: root + "/etc/passwd", encoding: .utf8)
        #expect(passwd.contains("quartermaster:x:") && passwd.contains(":/var/lib/quartermaster:/usr/sbin/nologin"))
        let groups = try String(contentsOfFile: root + "/etc/group", encoding: .utf8).split(separator: "\n")
        for group in ["input", "video", "lp"] {
            let line = groups.first { $0.hasPrefix(group + ":") }
            #expect(line?.split(separator: ":", omittingEmptySubsequences: false).last?.split(separator: ",").contains("quartermaster") == true,
                    "quartermaster is not in group \(group): \(line ?? "no such group")")
        }
    }
}
