import Foundation
import StationRuntime
import Testing

/// station.yaml as an admin writes it, mistakes included: every error names the file, the line
/// and the key, and the shipped example (which uses every key) loads.
@Suite struct StationConfigTests {
    /// Writes `yaml` to a fresh station.yaml and loads it.
    static func load(_ yaml: String) throws -> StationConfig {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qm-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: folder + "/station.yaml"))
        return try StationConfig.load(path: folder + "/station.yaml", missingIsEmpty: false)
    }

    static func error(_ yaml: String) -> StationConfigError? {
        do {
            _ = try load(yaml)
            return nil
        } catch let error as StationConfigError {
            return error
        } catch {
            return nil
        }
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var key: String?
        /// Words the message must hold (what to do, the suggestion).
        var says: String
        var testDescription: String { "\(key ?? "file") line \(line)" }
    }

    static let mistakes: [Mistake] = [
        // Not YAML at all.
        Mistake(yaml: "station: A\nlanguage: [zh\n", line: 3, key: nil, says: "not valid YAML"),
        // A misspelt key, at the top and nested: the nearest known one is suggested.
        Mistake(yaml: "station: 仓库-2F\nprintrs:\n  slip: Slips\n", line: 2, key: "printrs", says: "did you mean \"printers\"?"),
        Mistake(yaml: "printers:\n  label: QL-800\n  slp: Slips\n", line: 3, key: "printers.slp", says: "did you mean \"printers.slip\"?"),
        // A known key in the wrong section.
        Mistake(yaml: "language: zh\nclose_at: \"20:00\"\n", line: 2, key: "close_at", says: "belongs under \"reception.close_at\""),
        // The wrong type and the wrong shape.
        Mistake(yaml: "station: A\n\nidle_timeout: soon\n", line: 3, key: "idle_timeout", says: "expected a number"),
        Mistake(yaml: "scanners:\n  - 0c2e:0b81\n", line: 2, key: "scanners", says: "expected a mapping"),
        Mistake(yaml: "camera:\n  density: 2\n", line: 1, key: "camera", says: "\"device\" is missing"),
        // Values that parse but mean nothing.
        Mistake(yaml: "station: A\nlanguage: fr\n", line: 2, key: "language", says: "use en or zh"),
        Mistake(yaml: "reception:\n  retention_days: 30\n  close_at: \"8pm\"\n", line: 3, key: "reception.close_at", says: "HH:MM"),
        Mistake(yaml: "printers:\n  label: QL-800\n  slip: my slips\n", line: 3, key: "printers.slip", says: "not a CUPS queue name"),
        Mistake(yaml: "printers:\n  slip_paper: A4\n", line: 2, key: "printers.slip_paper", says: "a5, 80mm or 58mm"),
        Mistake(yaml: "scanners:\n  devices:\n    - id: \"0c2e:0b81\"\n    - id: honeywell\n", line: 4, key: "scanners.devices.1.id", says: "vendor:product"),
        Mistake(yaml: "metrics_listen: localhost\n", line: 1, key: "metrics_listen", says: "HOST:PORT"),
        Mistake(yaml: "station: A\nlog_level: loud\n", line: 2, key: "log_level", says: "warning"),
        Mistake(yaml: "camera:\n  device: /dev/video0\n  density: 12\n", line: 3, key: "camera.density", says: "out of range"),
        Mistake(yaml: "central_url: quartermaster.local\n", line: 1, key: "central_url", says: "https://"),
        Mistake(yaml: "scan_patterns:\n  badge: '^E\\d+$'\n  employee: '^\\d+$'\n", line: 3, key: "scan_patterns.employee", says: "no pattern of that name"),
        Mistake(yaml: "asset_tags:\n  prefix: 'ZC-'\n  digits: 0\n", line: 3, key: "asset_tags.digits", says: "1 to 12 digits"),
    ]

    @Test(arguments: mistakes)
    func errorNamesLineAndKey(_ mistake: Mistake) throws {
        let error = try #require(Self.error(mistake.yaml), "the file must be refused")
        #expect(error.line == mistake.line, "\(error)")
        #expect(error.key == mistake.key, "\(error)")
        let place = mistake.key.map { "station.yaml:\(mistake.line): key \"\($0)\": " } ?? "station.yaml:\(mistake.line): "
        #expect(error.description.contains(place), "\(error)")
        #expect(error.description.contains(mistake.says), "\(error)")
    }

    @Test func quotedValuesAreEscapedInTheMessage() throws {
        let error = try #require(Self.error("language: \"\\e[2Jzh\"\n"))
        #expect(!error.description.contains("\u{1B}"), "\(error)")
    }

    @Test func aMissingFileIsEmptyInADataFolderButAnErrorForRun() throws {
        let path = "/nonexistent-\(UUID().uuidString)/station.yaml"
        #expect(try StationConfig.load(path: path, missingIsEmpty: true) == StationConfig())
        #expect(throws: StationConfigError.self) { try StationConfig.load(path: path, missingIsEmpty: false) }
    }

    // MARK: The example

    static var examplePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("config/station.example.yaml").path
    }

    @Test func theShippedExampleLoadsWithEveryKey() throws {
        let config = try StationConfig.load(path: Self.examplePath, missingIsEmpty: false)
        #expect(config.data == "/var/lib/quartermaster")
        #expect(config.station == "STORE-2F")
        #expect(try config.chosenLanguage() == .simplifiedChinese)
        #expect(config.printers?.slip == "Slips-80mm" && config.printers?.slipPaper == "80mm")
        #expect(config.printers?.label == "QL-800" && config.printers?.badge == "Badges")
        #expect(config.scanners?.deviceOptions.devices.count == 2)
        #expect(config.scanners?.deviceOptions.deviceLayouts == ["0c2e:0b81=de"])
        #expect(config.camera?.configuration.density == 2)
        #expect(try config.metricsAddress()?.port == 9464)
        #expect(config.consoleFont == "ter-v32b")
        #expect(config.reception?.closeAt == "20:00")
        #expect(config.logLevel == "info")
        #expect(config.centralURL != nil)
        // Every key the schema knows is documented (written) in the example.
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        for key in StationConfig.knownKeys {
            let last = String(key.split(separator: ".").last!)
            #expect(text.contains(last == "N" ? "- " : last + ":"), "the example does not show \(key)")
        }
    }
}
