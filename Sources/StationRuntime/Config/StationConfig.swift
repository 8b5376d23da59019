internal import Foundation
public import QuartermasterCore

/// The station's configuration file: `DIR/station.yaml` for the commands, or the file given to
/// `quartermaster run --config FILE` (on a station, `/etc/quartermaster/station.yaml`). One
/// format, YAML, for both. Every key is optional: a missing file or key keeps the default that
/// works on a laptop. Command-line flags and environment variables win over the file.
///
/// The file is checked when it is read (`StationConfig.load(path:)`): an unknown key is refused
/// with the nearest known one suggested, and every error names the file, the line and the key,
/// so an admin fixing a station over the phone knows where to look. `config/station.example.yaml`
/// documents every key; a test loads it.
public struct StationConfig: Decodable, Equatable, Sendable {
    /// The data folder holding station.sqlite and out/ (`run --config`; the commands use --data).
    public var data: String?
    public var station: String?
    /// The centre this station syncs with (enrolment state is kept in the database).
    public var centralURL: String?
    public var language: String?
    public var idleTimeout: Double?
    public var scanPatterns: [String: String]?
    public var assetTags: AssetTagsConfig?
    public var reception: ReceptionConfig?
    /// Present: the station reads its scanners itself (evdev, grabbed); absent: keyboard wedge.
    public var scanners: ScannersConfig?
    public var camera: CameraConfig?
    public var printers: PrintersConfig?
    /// The console font loaded on a Linux VT (a file name under /usr/share/consolefonts).
    public var consoleFont: String?
    /// `HOST:PORT` the Prometheus text exposition is served on, or `off` (the default).
    public var metricsListen: String?
    /// trace, debug, info, notice, warning, error or critical (default info).
    public var logLevel: String?

    /// Where the file's values came from, for errors found after decoding; not a key.
    public var source = StationConfigSource()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case station
        case centralURL = "central_url"
        case language
        case idleTimeout = "idle_timeout"
        case scanPatterns = "scan_patterns"
        case assetTags = "asset_tags"
        case reception
        case scanners
        case camera
        case printers
        case consoleFont = "console_font"
        case metricsListen = "metrics_listen"
        case logLevel = "log_level"
    }

    public init() {}

    /// The file the commands read in their data folder.
    public static let fileName = "station.yaml"

    /// The scan patterns with the file's replacements, or an error naming the broken one.
    public func patterns() throws(StationConfigError) -> ScanPatterns {
        var overrides: [ScanKind: String] = [:]
        for (name, regex) in scanPatterns ?? [:] {
            guard let kind = ScanKind(rawValue: name) else {
                throw source.error("scan_patterns." + name, "there is no pattern of that name (known: \(ScanPatterns.configurableKinds.map(\.rawValue).joined(separator: ", "))).")
            }
            overrides[kind] = regex
        }
        if overrides[.assetTag] == nil, assetTags != nil {
            overrides[.assetTag] = try tagNumbering().pattern
        }
        do {
            return try ScanPatterns(overrides)
        } catch {
            throw source.error("scan_patterns", "\(error)")
        }
    }

    /// The language the file chose, if it chose one.
    public func chosenLanguage() throws(StationConfigError) -> Language? {
        guard let language else { return nil }
        guard let chosen = Language(configValue: language) else {
            throw source.error("language", "\"\(language)\" is not known: use en or zh.")
        }
        return chosen
    }
}
