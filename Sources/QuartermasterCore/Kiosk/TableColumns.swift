/// Column layout for the kiosk's tables, by display width so Chinese names line up.
struct TableColumns {
    var widths: [Int]
    var rightAligned: Set<Int>

    func row(_ cells: [String]) -> String {
        zip(widths.indices, cells).filter { widths[$0.0] > 0 }.map { index, cell in
            let cut = DisplayWidth.truncate(cell, to: widths[index])
            return rightAligned.contains(index) ? DisplayWidth.padLeading(cut, to: widths[index]) : DisplayWidth.pad(cut, to: widths[index])
        }.joined(separator: " ")
    }
}
