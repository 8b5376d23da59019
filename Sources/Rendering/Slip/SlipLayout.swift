import QuartermasterCore

// MARK: - SlipLayout

/// Places a pickup slip's parts on paper: title, header fields beside (or above, on narrow
/// paper) the QR code, the items table (breaking across pages with its heading repeated), the
/// recipient's signature line, and page numbers when there is more than one sheet.
struct SlipLayout {
    let slip: PickupSlip
    let labels: SlipLabels
    let timestamp: MinuteTimestamp
    let paper: SlipPaper
    let metrics: SlipMetrics
    /// Measures text exactly as the output will draw it.
    let measurer: Canvas
    /// Pixels per mm when the output is a raster, so QR modules can be whole pixels.
    let pixelsPerMM: Double?

    func pages() throws(RenderingError) -> [DrawingPage] {
        let code = try QREncoder.encode(slip.qrPayload, level: .medium)
        var flow = PageFlow(width: paper.widthMM, height: paper.heightMM, margin: paper.marginMM, footer: metrics.footer)
        placeTitle(in: &flow)
        placeHeader(qrCode: code, in: &flow)
        placeItems(in: &flow)
        placeSignature(in: &flow)
        let sheets = flow.finish()
        return sheets.enumerated().map { index, sheet in
            var commands = sheet.commands
            if sheets.count > 1 {
                commands.append(pageNumber(index + 1, of: sheets.count, pageSize: sheet.size))
            }
            return DrawingPage(size: sheet.size, commands: commands)
        }
    }

    // MARK: Text boxes

    /// A text box at (`x`, `y`) wrapped to `width`, measured so callers can stack the next one.
    private func text(_ string: String, x: Double, y: Double, width: Double, style: TextStyle) -> DrawingCommand {
        let height = measurer.measure(string, width: width, style: style).height
        return .text(string, frame: Rect(x: x, y: y, width: width, height: height), style: style)
    }

    // MARK: Title

    private func placeTitle(in flow: inout PageFlow) {
        let title = text(labels.title, x: flow.left, y: flow.y, width: flow.contentWidth, style: metrics.title)
        flow.add(title)
        flow.advance(by: title.bounds.height + metrics.sectionGap)
    }

    // MARK: Header: fields and QR code

    private var fields: [(label: String, value: String)] {
        [
            (labels.requisitionNumber, slip.requisitionNumber),
            (labels.applicant, labels.person(name: slip.applicantName, badge: slip.applicantBadge)),
            (labels.department, slip.department),
            (labels.requisitionDate, slip.date.description),
            (labels.purpose, slip.purpose),
            (labels.approver, slip.approver),
            (labels.status, labels.status(slip.status)),
            (labels.pickupTime, timestamp.string(from: slip.pickupTime)),
            (labels.keeper, labels.person(name: slip.keeperName, badge: slip.keeperBadge)),
            (labels.recipient, labels.person(name: slip.recipientName, badge: slip.recipientBadge)),
            (labels.station, slip.station),
        ]
    }

    /// On a sheet the QR code sits top right with the fields to its left; on narrow paper, or
    /// when a long payload makes the code too wide, it gets a row of its own.
    private func placeHeader(qrCode code: QRCode, in flow: inout PageFlow) {
        let qr = qrBlock(code, top: flow.y)
        let side = qr.bounds.width
        if metrics.qrBesideFields, side <= flow.contentWidth / 2 {
            let x = flow.left + flow.contentWidth - side
            let placed = qr.commands(x)
            let fieldWidth = flow.contentWidth - side - metrics.columnGap * 2
            let fields = fieldBlock(x: flow.left, y: flow.y, width: fieldWidth)
            flow.add(placed + fields.commands)
            flow.advance(by: max(qr.bounds.height, fields.height) + metrics.sectionGap)
        } else {
            flow.add(qr.commands(flow.left + (flow.contentWidth - side) / 2))
            flow.advance(by: qr.bounds.height + metrics.sectionGap)
            let fields = fieldBlock(x: flow.left, y: flow.y, width: flow.contentWidth)
            flow.add(fields.commands)
            flow.advance(by: fields.height + metrics.sectionGap)
        }
    }

    /// Label/value rows; labels share one column sized to the widest label.
    private func fieldBlock(x: Double, y: Double, width: Double) -> (commands: [DrawingCommand], height: Double) {
        let labelStyle = metrics.body.with(bold: true)
        let widestLabel = fields.map { measurer.measure($0.label, width: nil, style: labelStyle).width }.max() ?? 0
        let labelWidth = min(widestLabel, width * metrics.maximumLabelShare)
        let valueX = x + labelWidth + metrics.columnGap
        let valueWidth = x + width - valueX
        var commands: [DrawingCommand] = []
        var rowY = y
        for field in fields {
            let label = text(field.label, x: x, y: rowY, width: labelWidth, style: labelStyle)
            let value = text(field.value, x: valueX, y: rowY, width: valueWidth, style: metrics.body)
            commands += [label, value]
            rowY += max(label.bounds.height, value.bounds.height) + metrics.fieldGap
        }
        return (commands, rowY - y - metrics.fieldGap)
    }

    /// The QR code with the requisition number printed under it (for eyes and for when the
    /// code is smudged), positioned once its left edge is known.
    private func qrBlock(_ code: QRCode, top: Double) -> (bounds: Size, commands: (Double) -> [DrawingCommand]) {
        let module = qrModuleSize(for: code)
        let side = Double(code.size + 2 * metrics.qrQuietZone) * module
        let captionHeight = measurer.measure(slip.qrPayload, width: side, style: metrics.small).height
        let quietZone = metrics.qrQuietZone
        let caption = metrics.small
        let payload = slip.qrPayload
        return (Size(width: side, height: side + captionHeight), { left in
            [
                .qrCode(code, origin: Point(x: left, y: top), moduleSize: module, quietZone: quietZone),
                .text(payload, frame: Rect(x: left, y: top + side, width: side, height: captionHeight), style: caption),
            ]
        })
    }

    /// Module size aiming at the target side, never under the printable minimum, and a whole
    /// number of pixels when the output is a raster.
    private func qrModuleSize(for code: QRCode) -> Double {
        let modules = Double(code.size + 2 * metrics.qrQuietZone)
        let ideal = max(metrics.qrMinimumModule, metrics.qrTargetSide / modules)
        guard let pixelsPerMM else { return ideal }
        let pixels = max((ideal * pixelsPerMM).rounded(), (metrics.qrMinimumModule * pixelsPerMM).rounded(.up))
        return pixels / pixelsPerMM
    }

    // MARK: Items table

    /// Number and unit columns are as wide as their widest heading word or value; item name
    /// and specification share the rest, and long names wrap inside their cell.
    private func tableColumns(width: Double) -> [SlipTableColumn] {
        let heading = metrics.table.with(bold: true)
        let padding = 2 * metrics.cellPadding
        func natural(_ string: String, _ style: TextStyle) -> Double { measurer.measure(string, width: nil, style: style).width }
        func widest(_ values: [String], cap: Double = .infinity) -> Double {
            (values.map { min(cap, natural($0, metrics.table)) }.max() ?? 0) + padding
        }
        func column(_ header: String, _ values: [String], _ alignment: TextStyle.Alignment, cap: Double = .infinity)
            -> (column: SlipTableColumn, floor: Double) {
            let words = header.split(separator: " ").map { natural(String($0), heading) }
            let floor = widest(values, cap: cap)
            return (SlipTableColumn(header: header, width: max(floor, (words.max() ?? 0) + padding), alignment: alignment), floor)
        }
        let lines = slip.lines
        let fixed = [
            column(labels.unit, lines.map(\.unit), .center, cap: width * metrics.unitColumnShare),
            column(labels.approved, lines.map { String($0.approved) }, .trailing),
            column(labels.pickedNow, lines.map { String($0.picked) }, .trailing),
            column(labels.stillOwed, lines.map { String($0.remaining) }, .trailing),
        ]
        let fitting = Self.squeeze(fixed.map(\.column), into: width * metrics.numberColumnsShare, floors: fixed.map(\.floor))
        let rest = width - fitting.map(\.width).reduce(0, +)
        let textColumns = metrics.specUnderName
            ? [SlipTableColumn(header: labels.itemName, width: rest, alignment: .leading)]
            : [
                SlipTableColumn(header: labels.itemName, width: rest * metrics.nameShare, alignment: .leading),
                SlipTableColumn(header: labels.spec, width: rest * (1 - metrics.nameShare), alignment: .leading),
            ]
        return textColumns + fitting
    }

    /// On paper too narrow for every heading on one line, narrows the columns towards their
    /// floors (the widest number) so headings wrap instead of the table running off the paper.
    private static func squeeze(_ columns: [SlipTableColumn], into width: Double, floors: [Double]) -> [SlipTableColumn] {
        let total = columns.map(\.width).reduce(0, +)
        guard total > width else { return columns }
        let slack = total - floors.reduce(0, +)
        let keep = slack > 0 ? max(0, width - floors.reduce(0, +)) / slack : 0
        return zip(columns, floors).map { column, floor in
            var narrowed = column
            narrowed.width = floor + (column.width - floor) * keep
            return narrowed
        }
    }

    private func tableCells(_ line: PickupSlip.Line) -> [String] {
        let numbers = [line.unit, String(line.approved), String(line.picked), String(line.remaining)]
        if metrics.specUnderName {
            return [line.spec.isEmpty ? line.name : "\(line.name)\n\(line.spec)"] + numbers
        }
        return [line.name, line.spec] + numbers
    }

    private func measuredRow(_ cells: [String], columns: [SlipTableColumn], style: TextStyle, shade: Double?) -> SlipTableRow {
        let heights = zip(cells, columns).map { cell, column in
            measurer.measure(cell, width: column.width - 2 * metrics.cellPadding, style: style).height
        }
        return SlipTableRow(cells: cells, style: style, shade: shade, height: heights.max()! + 2 * metrics.cellPadding)
    }

    private func commands(for row: SlipTableRow, columns: [SlipTableColumn], x: Double, y: Double) -> [DrawingCommand] {
        var commands: [DrawingCommand] = []
        var cellX = x
        for (cell, column) in zip(row.cells, columns) {
            let frame = Rect(x: cellX, y: y, width: column.width, height: row.height)
            if let shade = row.shade { commands.append(.fill(frame, gray: shade)) }
            commands.append(.box(frame, lineWidth: metrics.rule))
            commands.append(text(
                cell, x: cellX + metrics.cellPadding, y: y + metrics.cellPadding,
                width: column.width - 2 * metrics.cellPadding, style: row.style.with(alignment: column.alignment)))
            cellX += column.width
        }
        return commands
    }

    private func placeItems(in flow: inout PageFlow) {
        let columns = tableColumns(width: flow.contentWidth)
        let heading = measuredRow(
            columns.map(\.header), columns: columns, style: metrics.table.with(bold: true), shade: metrics.headingShade)
        let rows = slip.lines.map { measuredRow(tableCells($0), columns: columns, style: metrics.table, shade: nil) }
        flow.ensureRoom(for: heading.height + (rows.first?.height ?? 0))
        flow.add(commands(for: heading, columns: columns, x: flow.left, y: flow.y))
        flow.advance(by: heading.height)
        for row in rows {
            if !flow.fits(row.height) {
                flow.breakPage()
                flow.add(commands(for: heading, columns: columns, x: flow.left, y: flow.y))
                flow.advance(by: heading.height)
            }
            flow.add(commands(for: row, columns: columns, x: flow.left, y: flow.y))
            flow.advance(by: row.height)
        }
        flow.advance(by: metrics.sectionGap)
    }

    // MARK: Signature

    /// "Recipient's signature ______  Date ______" with room above the line to sign; on
    /// paper too narrow for both on one row, the date line goes under the signature line.
    private func placeSignature(in flow: inout PageFlow) {
        let style = metrics.body.with(bold: true)
        let signature = measurer.measure(labels.recipientSignature, width: nil, style: style)
        let date = measurer.measure(labels.date, width: nil, style: style)
        let left = flow.left, right = flow.left + flow.contentWidth
        let rowHeight = metrics.signatureSpace + max(signature.height, date.height)
        let dateWidth = date.width + metrics.columnGap + flow.contentWidth * metrics.dateLineShare
        let signatureLineOnOneRow = flow.contentWidth - signature.width - dateWidth - 3 * metrics.columnGap
        if signatureLineOnOneRow >= flow.contentWidth * metrics.signatureLineShare {
            flow.ensureRoom(for: rowHeight)
            let dateLeft = right - dateWidth
            flow.add(signatureRow(labels.recipientSignature, size: signature, style: style, from: left, to: dateLeft - metrics.columnGap, top: flow.y))
            flow.add(signatureRow(labels.date, size: date, style: style, from: dateLeft, to: right, top: flow.y))
            flow.advance(by: rowHeight + metrics.rule)
        } else {
            flow.ensureRoom(for: 2 * rowHeight)
            flow.add(signatureRow(labels.recipientSignature, size: signature, style: style, from: left, to: right, top: flow.y))
            flow.advance(by: rowHeight)
            flow.add(signatureRow(labels.date, size: date, style: style, from: left, to: right, top: flow.y))
            flow.advance(by: rowHeight + metrics.rule)
        }
    }

    /// A label followed by a line to write on, the line level with the label's foot.
    private func signatureRow(
        _ label: String, size: Size, style: TextStyle, from left: Double, to right: Double, top: Double
    ) -> [DrawingCommand] {
        let y = top + metrics.signatureSpace
        let lineY = y + size.height
        return [
            .text(label, frame: Rect(x: left, y: y, width: size.width, height: size.height), style: style),
            .line(from: Point(x: left + size.width + metrics.columnGap, y: lineY), to: Point(x: right, y: lineY), width: metrics.rule),
        ]
    }

    // MARK: Page numbers

    /// "YPQ-2024-001 · Page 1/2" at the foot, so loose sheets find their way back together.
    private func pageNumber(_ number: Int, of count: Int, pageSize: Size) -> DrawingCommand {
        let string = "\(slip.requisitionNumber) · \(labels.pageNumber(number, of: count))"
        let width = pageSize.width - 2 * paper.marginMM
        let height = measurer.measure(string, width: width, style: metrics.small).height
        let y = pageSize.height - paper.marginMM - height
        return .text(string, frame: Rect(x: paper.marginMM, y: y, width: width, height: height), style: metrics.small)
    }
}
