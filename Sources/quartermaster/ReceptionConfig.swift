import Foundation
import QuartermasterCore

/// station.yaml's `reception:` section. Every key is optional:
///
/// ```yaml
/// reception:
///   close_at: "20:00"        # visits still open are closed as not signed out (kiosk, daily)
///   retention_days: 90       # visitors' name, company and phone are removed after this
///   rules:                   # the site rules a walk-in accepts; the version is kept per visit
///     version: "2024-03"
///     text: "Wear the badge visibly. …"
/// ```
struct ReceptionConfig: Decodable, Equatable {
    var closeAt: String?
    var retentionDays: Int?
    var rules: Rules?

    struct Rules: Decodable, Equatable {
        var version: String
        var text: String
    }

    enum CodingKeys: String, CodingKey {
        case closeAt = "close_at"
        case retentionDays = "retention_days"
        case rules
    }

    /// The closing time in the station's zone; nil without `close_at`. Throws for a time that
    /// is not `HH:MM` or a negative retention, naming the file.
    func schedule(timeZone: TimeZone, path: String) throws -> ReceptionSchedule? {
        if let days = retentionDays, days < 0 {
            throw CommandFailure("\(path): reception.retention_days is \(days): give 0 or more days.")
        }
        guard let closeAt else { return nil }
        guard let schedule = ReceptionSchedule(closeAt: closeAt, retentionDays: retentionDays ?? ReceptionSchedule.defaultRetentionDays, timeZone: timeZone) else {
            throw CommandFailure("\(path): reception.close_at \"\(closeAt)\" is not a time of day: write it as HH:MM, e.g. \"20:00\".")
        }
        return schedule
    }

    /// The rules from the file, or the standard ones.
    var siteRules: SiteRules {
        guard let rules, !rules.version.isEmpty, !rules.text.isEmpty else { return .standard }
        return SiteRules(version: rules.version, text: rules.text)
    }
}
