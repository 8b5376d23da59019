// MARK: - Placing a table

extension CountReportLayout {
    /// Places `table` under `title`, breaking across pages with the title (marked continued)
    /// and the column heading repeated. Every body row is one line high, so a row's height
    /// never depends on what an import put in it. An empty table prints the "none" word.
    func place(_ table: ReportTable, title: String, in flow: inout PageFlow) {
        let titleHeight = lineHeight(metrics.heading) + metrics.headingGap
        let rowHeight = lineHeight(metrics.table) + 2 * metrics.cellPadding
        guard !table.rows.isEmpty else {
            flow.ensureRoom(for: titleHeight + rowHeight)
            placeTitle(title, in: &flow)
            flow.add(text(word(\.none), x: flow.left, y: flow.y, width: flow.contentWidth, style: metrics.body))
            flow.advance(by: lineHeight(metrics.body) + metrics.sectionGap)
            return
        }
        let widths = columnWidths(table.columns, total: flow.contentWidth)
        let headingStyle = metrics.table.with(bold: true).unlimitedLines
        let headingHeight = zip(table.columns, widths).map { column, width in
            measurer.measure(column.header, width: width - 2 * metrics.cellPadding, style: headingStyle).height
        }.max()! + 2 * metrics.cellPadding

        flow.ensureRoom(for: titleHeight + headingHeight + rowHeight)
        placeTitle(title, in: &flow)
        placeRow(table.columns.map(\.header), columns: table.columns, widths: widths, height: headingHeight, style: headingStyle, shade: true, in: &flow)
        for row in table.rows {
            if !flow.fits(rowHeight) {
                flow.breakPage()
                placeTitle(title + " (\(word(\.continued)))", in: &flow)
                placeRow(table.columns.map(\.header), columns: table.columns, widths: widths, height: headingHeight, style: headingStyle, shade: true, in: &flow)
            }
            let style = row.isTotal ? metrics.table.with(bold: true) : metrics.table
            placeRow(row.cells, columns: table.columns, widths: widths, height: rowHeight, style: style, shade: row.isTotal, in: &flow)
        }
        flow.advance(by: metrics.sectionGap)
    }

    private func placeTitle(_ title: String, in flow: inout PageFlow) {
        var style = metrics.heading
        style.maxLines = 1
        flow.add(.text(title, frame: Rect(x: flow.left, y: flow.y, width: flow.contentWidth, height: lineHeight(style)), style: style))
        flow.advance(by: lineHeight(style) + metrics.headingGap)
    }

    private func placeRow(
        _ cells: [String], columns: [ReportColumn], widths: [Double], height: Double, style: TextStyle, shade: Bool,
        in flow: inout PageFlow
    ) {
        var x = flow.left
        for (index, cell) in cells.enumerated() {
            let frame = Rect(x: x, y: flow.y, width: widths[index], height: height)
            if shade { flow.add(.fill(frame, gray: metrics.headingShade)) }
            flow.add(.box(frame, lineWidth: metrics.rule))
            let inner = Rect(
                x: x + metrics.cellPadding, y: flow.y + metrics.cellPadding, width: widths[index] - 2 * metrics.cellPadding,
                height: height - 2 * metrics.cellPadding)
            flow.add(.text(cell, frame: inner, style: style.with(alignment: columns[index].alignment)))
            x += widths[index]
        }
        flow.advance(by: height)
    }

    // MARK: Column widths

    /// Fitted columns get what their widest value (or the heading's longest word) needs, up
    /// to their cap; shared columns split what is left. When fitted columns would leave the
    /// shared ones under 18 mm each, every fitted column gives up the same proportion.
    func columnWidths(_ columns: [ReportColumn], total: Double) -> [Double] {
        let padding = 2 * metrics.cellPadding
        let heading = metrics.table.with(bold: true)
        var fitted: [Double?] = columns.map { column in
            guard case let .fit(values, cap) = column.width else { return nil }
            let headerWord = column.header.split(separator: " ").map { naturalWidth(String($0), heading) }.max() ?? 0
            let widest = Self.likelyWidest(values).map { naturalWidth($0, metrics.table) }.max() ?? 0
            return min(cap, max(headerWord, widest) + padding + 0.5)
        }
        let shares = columns.map { column -> Double in
            if case let .share(share) = column.width { share } else { 0 }
        }
        let shareTotal = shares.reduce(0, +)
        let fittedTotal = fitted.compactMap(\.self).reduce(0, +)
        let reserved = shares.filter { $0 > 0 }.count > 0 ? Double(shares.filter { $0 > 0 }.count) * 18 : 0
        if fittedTotal > total - reserved, fittedTotal > 0 {
            let factor = max(0, total - reserved) / fittedTotal
            fitted = fitted.map { $0.map { $0 * factor } }
        }
        let left = total - fitted.compactMap(\.self).reduce(0, +)
        return zip(fitted, shares).map { fit, share in
            fit ?? (shareTotal > 0 ? left * share / shareTotal : 0)
        }
    }

    /// The few values most likely to be widest (longest, counting a CJK character as two),
    /// so a 100,000-row list is not measured row by row just to size one column.
    static func likelyWidest(_ values: [String], keep: Int = 12) -> [String] {
        guard values.count > keep else { return values }
        func weight(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        }
        var best: [(Int, String)] = []
        for value in values {
            let w = weight(value)
            if best.count < keep {
                best.append((w, value))
                best.sort { $0.0 > $1.0 }
            } else if w > best[keep - 1].0 {
                best[keep - 1] = (w, value)
                best.sort { $0.0 > $1.0 }
            }
        }
        return best.map(\.1)
    }
}

// MARK: - Unlimited lines

extension TextStyle {
    /// The style without a line limit: table headings wrap rather than lose words.
    fileprivate var unlimitedLines: TextStyle {
        var copy = self
        copy.maxLines = nil
        return copy
    }
}
