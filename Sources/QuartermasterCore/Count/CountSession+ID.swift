public import Foundation

extension CountSession {
    /// Letters that cannot be misread for each other on paper (no I, L, O, U; Crockford's set).
    static let idAlphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A new session id, `CNT-20261202-7K2M9Q`: the opening day (UTC) to read on a report, six
    /// random characters (30 bits) so two stations opening counts the same day do not collide.
    public static func makeID(openedAt time: Date, using generator: inout some RandomNumberGenerator) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let day = calendar.dateComponents([.year, .month, .day], from: time)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let suffix = String((0..<6).map { _ in idAlphabet[Int.random(in: 0..<idAlphabet.count, using: &generator)] })
        return "CNT-\(pad(day.year, 4))\(pad(day.month, 2))\(pad(day.day, 2))-\(suffix)"
    }
}
