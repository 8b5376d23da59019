public import Foundation
internal import QuartermasterCore

/// A calendar month as the reports take it (`2026-11`), in the office's time zone: a pickup at
/// 07:30 on 1 December in Taipei (23:30 UTC on 30 November) is December's, as the office's own
/// calendar has it. The zone is the centre's (`TZ`, else the machine's) unless one is named.
public struct ReportMonth: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var timeZone: TimeZone

    /// Parses `YYYY-MM` as a month in `timeZone`; refuses anything else with what to write
    /// instead.
    public init(_ text: String, timeZone: TimeZone = .current) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...9999).contains(year), (1...12).contains(month)
        else {
            throw CentralStoreError(.invalidInput, "The month \"\(TerminalText.escaped(text))\" is not a month.", advice: "Write it as YYYY-MM, e.g. 2026-11.")
        }
        self.year = year
        self.month = month
        self.timeZone = timeZone
    }

    /// The zone an IANA name gives (`Asia/Taipei`), or nil for none (the centre's own); an
    /// unknown name is refused rather than read as UTC.
    public static func timeZone(named name: String?) throws -> TimeZone {
        guard let name, !name.isEmpty else { return .current }
        guard let zone = TimeZone(identifier: name) else {
            throw CentralStoreError(.invalidInput, "\"\(TerminalText.escaped(name))\" is not a time zone.",
                                    advice: "Give an IANA zone name such as Asia/Taipei, Asia/Shanghai or UTC.")
        }
        return zone
    }

    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// Whether the instant (milliseconds since 1970) falls in the month, in its time zone.
    func contains(milliseconds: Int64) -> Bool {
        contains(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    func contains(_ time: Date) -> Bool {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: timeZone, from: time)
        return parts.year == year && parts.month == month
    }

    /// Whether a `YYYY-MM-DD` day is in the month.
    func contains(day: String) -> Bool { day.hasPrefix(description + "-") }
}
