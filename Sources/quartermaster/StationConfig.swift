import Foundation
import QuartermasterCore
import Yams

/// The station's configuration file, `DIR/station.yaml`. Every key is optional: a missing file
/// or key keeps the default that works on a laptop. Command-line flags and environment
/// variables win over the file.
///
/// ```yaml
/// station: STORE-2F          # id written on every record (default: the host name); the
///                            # database keeps the id it was created with (db rename-station)
/// language: zh               # en or zh (default: from LANG)
/// idle_timeout: 120          # seconds before the keeper is signed out
/// scan_patterns:             # regular expressions for the site's own codes
///   badge: '^E\d{3,10}$'
/// asset_tags:                # tags the station makes itself (default FA- and 6 digits);
///   prefix: 'ZC-'            # without scan_patterns.asset_tag, the kiosk recognises this shape
///   digits: 5
/// reception:                 # closing time, retention, site rules (ReceptionConfig)
///   close_at: "20:00"
/// ```
struct StationConfig: Decodable, Equatable {
    var station: String?
    var language: String?
    var idleTimeout: Double?
    var scanPatterns: [String: String]?
    var assetTags: AssetTagsConfig?
    var reception: ReceptionConfig?

    enum CodingKeys: String, CodingKey {
        case station
        case language
        case idleTimeout = "idle_timeout"
        case scanPatterns = "scan_patterns"
        case assetTags = "asset_tags"
        case reception
    }

    static let fileName = "station.yaml"

    /// Reads the file in `folder`; no file is an empty configuration, a broken one an error that
    /// names the file and what is wrong.
    static func load(folder: String) throws -> StationConfig {
        let path = folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return StationConfig() }
        do {
            let config = try YAMLDecoder().decode(StationConfig.self, from: String(decoding: data, as: UTF8.self))
            if let language = config.language, Language(configValue: language) == nil {
                throw CommandFailure("\(path): language \"\(language)\" is not known: use en or zh.")
            }
            _ = try config.patterns(path: path)
            _ = try config.tagNumbering(path: path)
            _ = try config.reception?.schedule(timeZone: .current, path: path)
            return config
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path) is not a valid station configuration: \(error)")
        }
    }

    /// The scan patterns with the file's replacements, or an error naming the broken one.
    func patterns(path: String) throws -> ScanPatterns {
        var overrides: [ScanKind: String] = [:]
        for (name, regex) in scanPatterns ?? [:] {
            guard let kind = ScanKind(rawValue: name) else {
                throw CommandFailure("\(path): scan_patterns has no pattern named \"\(name)\" (known: \(ScanPatterns.configurableKinds.map(\.rawValue).joined(separator: ", "))).")
            }
            overrides[kind] = regex
        }
        if overrides[.assetTag] == nil, assetTags != nil {
            overrides[.assetTag] = try tagNumbering(path: path).pattern
        }
        do {
            return try ScanPatterns(overrides)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }
}
