import Foundation
import QuartermasterCore

/// How the count commands write times, money and a reconciliation's summary on a terminal.
enum CountText {
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// The summary `count close` prints: totals, then counts and values by location and by category.
    static func summary(_ reconciliation: Reconciliation, locationNames: [String: String]) -> [String] {
        let outcomes: [CountOutcome] = [.found, .moved, .missing, .surplus, .disposed]
        func line(_ label: String, _ tally: CountTally) -> String {
            let counts = outcomes.map { "\($0.rawValue) \(tally[$0])" }.joined(separator: ", ")
            let values = outcomes.filter { tally.value($0) > 0 }.map { "\($0.rawValue) \(ReconciliationCSV.money(tally.value($0)).description)" }
            return "\(label): expected \(tally.expected); \(counts)" + (values.isEmpty ? "" : "; value " + values.joined(separator: ", "))
        }
        var lines = [line("All", reconciliation.total), "By location:"]
        for code in reconciliation.byLocation.keys.sorted() {
            guard let tally = reconciliation.byLocation[code] else { continue }
            let name = locationNames[code].map { "\($0) (\(code))" } ?? (code.isEmpty ? "(no location)" : code)
            lines.append("  " + line(name, tally))
        }
        lines.append("By category:")
        for category in reconciliation.byCategory.keys.sorted() {
            guard let tally = reconciliation.byCategory[category] else { continue }
            lines.append("  " + line(category.isEmpty ? "(no category)" : category, tally))
        }
        return lines
    }
}
