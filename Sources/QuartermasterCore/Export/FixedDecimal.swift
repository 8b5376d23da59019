/// A decimal number held exactly as an integer count of its smallest unit: `1234.50` is
/// 123450 units at 2 places. Money and measured amounts keep their written places this way
/// (`Double` would print 1234.5, or 0.30000000000000004 for a sum), so CSV shows `1234.50`
/// and a workbook formats the cell with two places.
public struct FixedDecimal: Sendable, Hashable, CustomStringConvertible {
    /// The value in units of 10^-places (cents for money at 2 places).
    public var units: Int
    /// Digits after the decimal point, 0 to 9.
    public var places: Int

    public init(units: Int, places: Int) {
        precondition((0...9).contains(places), "FixedDecimal keeps 0 to 9 decimal places, not \(places)")
        self.units = units
        self.places = places
    }

    /// `1234.50`, `-0.05`, `7` (at 0 places): every place written, no grouping, `.` as the point.
    public var description: String {
        let digits = String(units.magnitude)
        let sign = units < 0 ? "-" : ""
        guard places > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        return sign + padded.dropLast(places) + "." + padded.suffix(places)
    }

    /// The nearest `Double`, for a spreadsheet's number cell; exact in its shown places while
    /// `units` is at most 2^53 in size.
    public var doubleValue: Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return Double(units) / scale
    }
}
