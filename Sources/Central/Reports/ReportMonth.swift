internal import Foundation
internal import QuartermasterCore

/// A calendar month as the reports take it (`2026-11`), in UTC: a station's movement at
/// 2026-11-30T23:30 in Beijing is counted in December, as the export's UTC times show it.
public struct ReportMonth: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// Parses `YYYY-MM`; refuses anything else with what to write instead.
    public init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...9999).contains(year), (1...12).contains(month)
        else {
            throw CentralStoreError(.invalidInput, "The month \"\(TerminalText.escaped(text))\" is not a month.", advice: "Write it as YYYY-MM, e.g. 2026-11.")
        }
        self.year = year
        self.month = month
    }

    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// Whether the instant (milliseconds since 1970) falls in the month, in UTC.
    func contains(milliseconds: Int64) -> Bool {
        contains(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    func contains(_ time: Date) -> Bool {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .gmt, from: time)
        return parts.year == year && parts.month == month
    }

    /// Whether a `YYYY-MM-DD` day is in the month.
    func contains(day: String) -> Bool { day.hasPrefix(description + "-") }
}
