// MARK: - ChartScale

/// The chart's horizontal axis: from zero to a round number at or above the largest bar,
/// with ticks at 1, 2 or 5 times a power of ten so gridlines fall on numbers people read at
/// a glance. Every chart page uses one scale, so bars compare across pages.
struct ChartScale: Sendable, Hashable {
    /// The value at the right end of the axis.
    let maximum: Int
    let step: Int

    /// A scale for bars up to `largest`, with at most `maximumTicks` intervals.
    init(largest: Int, maximumTicks: Int = 6) {
        let largest = max(1, largest)
        var magnitude = 1
        while magnitude <= Int.max / 10, magnitude * 10 * maximumTicks < largest { magnitude *= 10 }
        let step = [1, 2, 5, 10].lazy.map { $0 * magnitude }.first { $0 * maximumTicks >= largest } ?? magnitude * 10
        self.step = step
        self.maximum = (largest + step - 1) / step * step
    }

    /// The tick values from 0 to `maximum`.
    var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }

    /// How far along the axis `value` lies, 0 to 1.
    func fraction(_ value: Int) -> Double { Double(value) / Double(maximum) }
}
