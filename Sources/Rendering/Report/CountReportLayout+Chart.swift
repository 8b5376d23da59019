import QuartermasterCore

// MARK: - The chart

extension CountReportLayout {
    /// The locations in chart order: by code, as in the by-location table, so a reader finds
    /// a room in both the same way; a row without a location comes last.
    var chartLocations: [String] {
        reconciliation.byLocation.keys.sorted { lhs, rhs in
            lhs.isEmpty != rhs.isEmpty ? !lhs.isEmpty : lhs < rhs
        }
    }

    /// One horizontal bar per location, found, moved, missing and surplus stacked left to
    /// right, with each count in its own column beside the bar (legible however thin the
    /// segment). When the bars do not fit, the chart continues on the next page with its
    /// heading, legend and the same axis; it never groups or drops locations.
    func placeChart(in flow: inout PageFlow) {
        let locations = chartLocations
        let tallies = locations.map { reconciliation.byLocation[$0] ?? CountTally() }
        let scale = ChartScale(largest: tallies.map(barTotal).max() ?? 0)
        let rowHeight = template.chart.barHeight + template.chart.rowGap
        var next = 0
        var continued = false
        repeat {
            let top = chartTop(continued: continued)
            let axis = axisHeight
            flow.ensureRoom(for: top + axis + rowHeight * Double(min(3, max(1, locations.count - next))))
            let room = max(1, Int((flow.bottom - flow.y - top - axis) / rowHeight))
            let slice = next..<min(locations.count, next + room)
            placeChartPage(
                locations: Array(locations[slice]), tallies: Array(tallies[slice]), scale: scale, continued: continued,
                in: &flow)
            next = slice.upperBound
            if next < locations.count {
                flow.breakPage()
                continued = true
            }
        } while next < locations.count
        flow.advance(by: metrics.sectionGap)
    }

    /// What a bar adds up: the four outcomes it is stacked from.
    private func barTotal(_ tally: CountTally) -> Int {
        CountOutcomeSegment.allCases.reduce(0) { $0 + tally[$1.outcome] }
    }

    // MARK: Geometry

    private struct Columns {
        var left: Double
        var labelWidth: Double
        var barLeft: Double
        var barWidth: Double
        var countsLeft: Double
    }

    private func columns(_ flow: PageFlow) -> Columns {
        let labelWidth = flow.contentWidth * metrics.chartLabelShare
        let countsWidth = Double(CountOutcomeSegment.allCases.count) * metrics.chartCountWidth
        let barLeft = flow.left + labelWidth + metrics.columnGap
        let countsLeft = flow.left + flow.contentWidth - countsWidth
        return Columns(
            left: flow.left, labelWidth: labelWidth, barLeft: barLeft, barWidth: countsLeft - metrics.columnGap - barLeft,
            countsLeft: countsLeft)
    }

    /// Heading, legend and column heading above the first bar.
    private func chartTop(continued: Bool) -> Double {
        lineHeight(metrics.heading) + metrics.headingGap + max(metrics.swatch, lineHeight(metrics.body)) + metrics.headingGap
            + lineHeight(metrics.chart) + metrics.headingGap
    }

    /// The axis line, its tick labels and its title under the last bar.
    private var axisHeight: Double {
        metrics.tick + 0.5 + lineHeight(metrics.chart) + 0.5 + lineHeight(metrics.chart)
    }

    // MARK: One page of bars

    private func placeChartPage(
        locations: [String], tallies: [CountTally], scale: ChartScale, continued: Bool, in flow: inout PageFlow
    ) {
        let geometry = columns(flow)
        let heading = word(\.chartTitle) + (continued ? " (\(word(\.continued)))" : "")
        let headingBox = text(heading, x: flow.left, y: flow.y, width: flow.contentWidth, style: metrics.heading)
        flow.add(headingBox)
        flow.advance(by: lineHeight(metrics.heading) + metrics.headingGap)
        placeLegend(in: &flow)

        // Column headings: the location column, and a swatch over each count column.
        let chartLine = lineHeight(metrics.chart)
        var headingStyle = metrics.chart.with(bold: true)
        headingStyle.maxLines = 1
        flow.add(text(word(\.location), x: geometry.left, y: flow.y, width: geometry.labelWidth, style: headingStyle))
        for (index, segment) in CountOutcomeSegment.allCases.enumerated() {
            let side = min(metrics.swatch, chartLine)
            let x = geometry.countsLeft + Double(index + 1) * metrics.chartCountWidth - side - metrics.cellPadding
            flow.add(.colorFill(Rect(x: x, y: flow.y + (chartLine - side) / 2, width: side, height: side), color: template.colour(segment)))
        }
        flow.advance(by: chartLine + metrics.headingGap)

        let barsTop = flow.y
        let rowHeight = template.chart.barHeight + template.chart.rowGap
        let barsBottom = barsTop + max(0, rowHeight * Double(locations.count) - template.chart.rowGap)
        // Gridlines first, so bars are drawn over them.
        for tick in scale.ticks {
            let x = geometry.barLeft + scale.fraction(tick) * geometry.barWidth
            flow.add(.fill(Rect(x: x - metrics.rule / 2, y: barsTop, width: metrics.rule, height: barsBottom - barsTop), gray: metrics.gridGray))
        }
        for (code, tally) in zip(locations, tallies) {
            placeBar(code: code, tally: tally, scale: scale, geometry: geometry, top: flow.y, in: &flow)
            flow.advance(by: rowHeight)
        }
        flow.advance(by: locations.isEmpty ? 0 : -template.chart.rowGap)
        placeAxis(scale: scale, geometry: geometry, in: &flow)
    }

    /// The four swatches and their words, in stacking order.
    private func placeLegend(in flow: inout PageFlow) {
        let style = metrics.body
        let line = lineHeight(style)
        let rowHeight = max(metrics.swatch, line)
        var x = flow.left
        for segment in CountOutcomeSegment.allCases {
            let label = word(legendWord(segment))
            let width = naturalWidth(label, style)
            if x + metrics.swatch + 1 + width > flow.left + flow.contentWidth, x > flow.left {
                flow.advance(by: rowHeight + metrics.fieldGap)
                x = flow.left
            }
            flow.add(.colorFill(Rect(x: x, y: flow.y + (rowHeight - metrics.swatch) / 2, width: metrics.swatch, height: metrics.swatch), color: template.colour(segment)))
            flow.add(.box(Rect(x: x, y: flow.y + (rowHeight - metrics.swatch) / 2, width: metrics.swatch, height: metrics.swatch), lineWidth: 0.1))
            flow.add(.text(label, frame: Rect(x: x + metrics.swatch + 1, y: flow.y + (rowHeight - line) / 2, width: width + 0.5, height: line), style: style))
            x += metrics.swatch + 1 + width + 2 * metrics.columnGap
        }
        flow.advance(by: rowHeight + metrics.headingGap)
    }

    private func legendWord(_ segment: CountOutcomeSegment) -> KeyPath<CountReportWords, BilingualText> {
        switch segment {
        case .found: \.found
        case .moved: \.moved
        case .missing: \.missing
        case .surplus: \.surplus
        }
    }

    /// One location: its code (never cut short when it fits half the label column) and name
    /// (ellipsized), the stacked segments, and the four counts.
    private func placeBar(code: String, tally: CountTally, scale: ChartScale, geometry: Columns, top: Double, in flow: inout PageFlow) {
        let line = lineHeight(metrics.chart)
        let textY = top + (template.chart.barHeight - line) / 2
        let label = locationLabel(code)
        let codeStyle = metrics.chart.with(bold: true)
        let codeWidth = min(naturalWidth(label.code, codeStyle) + 0.5, geometry.labelWidth * (label.name.isEmpty ? 1 : 0.6))
        flow.add(.text(label.code, frame: Rect(x: geometry.left, y: textY, width: codeWidth, height: line), style: codeStyle))
        let nameX = geometry.left + codeWidth + 1
        if !label.name.isEmpty, nameX < geometry.left + geometry.labelWidth {
            flow.add(.text(label.name, frame: Rect(x: nameX, y: textY, width: geometry.left + geometry.labelWidth - nameX, height: line), style: metrics.chart))
        }
        var x = geometry.barLeft
        for (index, segment) in CountOutcomeSegment.allCases.enumerated() {
            let count = tally[segment.outcome]
            if count > 0 {
                let width = scale.fraction(count) * geometry.barWidth
                flow.add(.colorFill(Rect(x: x, y: top, width: width, height: template.chart.barHeight), color: template.colour(segment)))
                x += width
            }
            let countX = geometry.countsLeft + Double(index) * metrics.chartCountWidth
            flow.add(.text(
                ReportText.count(count), frame: Rect(x: countX, y: textY, width: metrics.chartCountWidth - metrics.cellPadding, height: line),
                style: metrics.chart.with(alignment: .trailing)))
        }
    }

    /// The axis under the bars: a line, ticks, their values and the axis title.
    private func placeAxis(scale: ChartScale, geometry: Columns, in flow: inout PageFlow) {
        let y = flow.y + 0.5
        flow.add(.line(from: Point(x: geometry.barLeft, y: y), to: Point(x: geometry.barLeft + geometry.barWidth, y: y), width: metrics.rule))
        let line = lineHeight(metrics.chart)
        let labelWidth = max(8, geometry.barWidth / Double(max(1, scale.ticks.count)))
        for tick in scale.ticks {
            let x = geometry.barLeft + scale.fraction(tick) * geometry.barWidth
            flow.add(.line(from: Point(x: x, y: y), to: Point(x: x, y: y + metrics.tick), width: metrics.rule))
            flow.add(.text(
                ReportText.count(tick), frame: Rect(x: x - labelWidth / 2, y: y + metrics.tick + 0.5, width: labelWidth, height: line),
                style: metrics.chart.with(alignment: .center)))
        }
        flow.add(.text(
            word(\.axis), frame: Rect(x: geometry.barLeft, y: y + metrics.tick + 1 + line, width: geometry.barWidth, height: line),
            style: metrics.chart.with(alignment: .center)))
        flow.advance(by: axisHeight + 0.5)
    }
}
