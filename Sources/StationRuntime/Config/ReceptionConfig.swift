public import Foundation
public import QuartermasterCore

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
public struct ReceptionConfig: Decodable, Equatable, Sendable {
    public var closeAt: String?
    public var retentionDays: Int?
    public var rules: Rules?

    public struct Rules: Decodable, Equatable, Sendable {
        public var version: String
        public var text: String
    }

    enum CodingKeys: String, CodingKey {
        case closeAt = "close_at"
        case retentionDays = "retention_days"
        case rules
    }

    /// The closing time in the station's zone; nil without `close_at`. Throws for a time that
    /// is not `HH:MM` or a negative retention, naming the file, line and key.
    public func schedule(timeZone: TimeZone, source: StationConfigSource) throws(StationConfigError) -> ReceptionSchedule? {
        if let days = retentionDays, days < 0 {
            throw source.error("reception.retention_days", "\(days) is not a number of days: give 0 or more.")
        }
        guard let closeAt else { return nil }
        guard let schedule = ReceptionSchedule(closeAt: closeAt, retentionDays: retentionDays ?? ReceptionSchedule.defaultRetentionDays, timeZone: timeZone) else {
            throw source.error("reception.close_at", "\"\(closeAt)\" is not a time of day: write it as HH:MM, e.g. \"20:00\".")
        }
        return schedule
    }

    /// The rules from the file, or the standard ones.
    public var siteRules: SiteRules {
        guard let rules, !rules.version.isEmpty, !rules.text.isEmpty else { return .standard }
        return SiteRules(version: rules.version, text: rules.text)
    }
}
