public import Foundation

/// Draws the kiosk from its state: a status line, the work area, the message and the input line.
/// Pure, so what a person sees can be tested without a terminal.
public struct KioskView: Sendable {
    public var language: Language
    public var station: String
    public var timeZone: TimeZone

    public init(language: Language, station: String, timeZone: TimeZone) {
        self.language = language
        self.station = station
        self.timeZone = timeZone
    }

    /// The whole screen: exactly `rows` rows, each at most `columns` wide.
    public func render(_ state: KioskState, input: String, now: Date, columns: Int, rows: Int) -> [ViewRow] {
        let width = max(20, columns)
        let height = max(8, rows)
        var top = [statusLine(state, now: now, width: width), .empty]
        top += body(state, width: width)

        var bottom: [ViewRow] = []
        let tone = state.notice.tone
        let style: ViewStyle = tone == .error ? .error : tone == .success ? .success : tone == .warning ? .warning : .plain
        let marker = tone == .error ? "✗ " : tone == .success ? "✓ " : tone == .warning ? "! " : "  "
        for (index, line) in Self.wrap(state.notice.text(language), width: width - 2).prefix(3).enumerated() {
            bottom.append(ViewRow(index == 0 ? marker + line : "  " + line, style))
        }
        if let slip = state.slipNote {
            bottom.append(ViewRow(DisplayWidth.truncate(t("Slip: ", "领用单：") + slip, to: width), .dim))
        }
        bottom.append(ViewRow([.init("> ", .input), .init(DisplayWidth.truncate(TerminalText.escaped(input), to: width - 3), .input)]))
        bottom.append(ViewRow(DisplayWidth.truncate(keyHelp(state), to: width), .dim))

        let room = height - bottom.count
        if top.count > room {
            top = Array(top.prefix(max(1, room)))
        } else {
            top += Array(repeating: .empty, count: room - top.count)
        }
        return (top + bottom).prefix(height).map { Self.fit($0, width: width) }
    }

    /// Escapes what must not reach a terminal and cuts the row at the screen's edge.
    static func fit(_ row: ViewRow, width: Int) -> ViewRow {
        var room = width
        var segments: [ViewRow.Segment] = []
        for segment in row.segments where room > 0 {
            let text = DisplayWidth.truncate(TerminalText.escaped(segment.text), to: room)
            room -= DisplayWidth.of(text)
            segments.append(.init(text, segment.style))
        }
        return ViewRow(segments)
    }

    // MARK: Parts

    private func statusLine(_ state: KioskState, now: Date, width: Int) -> ViewRow {
        let who = state.person.map { "\($0.name) (\($0.badge))" } ?? t("not signed in", "未登录")
        var left = " Quartermaster │ \(station) │ \(state.mode.title(language)) │ \(who)"
        if let scanners = state.scanners {
            left += scanners.isEmpty ? t(" │ NO SCANNER", " │ 无扫描器") : t(" │ scanners \(scanners.count)", " │ 扫描器 \(scanners.count)")
        }
        let clock = Self.clock(now, timeZone: timeZone) + " "
        let room = width - DisplayWidth.of(clock)
        return ViewRow(DisplayWidth.pad(DisplayWidth.truncate(left, to: room), to: room) + clock, .status)
    }

    private func body(_ state: KioskState, width: Int) -> [ViewRow] {
        if let pick = state.pick { return pickRows(pick, pendingQuantity: state.pendingQuantity, width: width) }
        switch state.mode {
        case .pickup:
            guard let last = state.lastPickup else { return idleRows(signedIn: state.person != nil, mode: state.mode) }
            return lastPickupRows(last, width: width)
        case .receive, .return:
            var rows = idleRows(signedIn: state.person != nil, mode: state.mode)
            if let item = state.pendingItem {
                rows.append(ViewRow(t("Item: ", "物品：") + "\(item.name)  \(item.spec)  [\(item.code)]  "
                    + t("stock ", "库存 ") + "\(item.stock) \(item.unit)  " + t("bin ", "货位 ") + item.bin, .heading))
            }
            if let quantity = state.pendingQuantity {
                rows.append(ViewRow(t("Quantity: ×", "数量：×") + "\(quantity)", .heading))
            }
            return rows
        }
    }

    private func idleRows(signedIn: Bool, mode: KioskMode) -> [ViewRow] {
        guard signedIn else {
            return [ViewRow(t("Storeroom station", "库房工作站"), .heading),
                    ViewRow(t("Keepers: scan your badge to sign in.", "库管员：请扫描工牌登录。"))]
        }
        switch mode {
        case .pickup:
            return [ViewRow(t("Pickup", "领用出库"), .heading),
                    ViewRow(t("1. Scan the requisition (YPQ-…)", "1. 扫描申领单（YPQ-…）")),
                    ViewRow(t("2. Scan each item as you pick it (type a number first for several)", "2. 逐件扫描物品（多件可先输入数量）")),
                    ViewRow(t("3. The recipient scans their badge to confirm", "3. 领用人扫描工牌确认"))]
        case .receive, .return:
            return [ViewRow(mode.title(language), .heading),
                    ViewRow(t("Scan an item, then type the quantity and press Enter.", "扫描物品，然后输入数量并按 Enter。"))]
        }
    }

    private func pickRows(_ pick: PickSession, pendingQuantity: Int?, width: Int) -> [ViewRow] {
        let requisition = pick.detail.requisition
        let applicant = pick.detail.applicant?.name ?? requisition.applicantBadge
        var rows = [
            ViewRow(DisplayWidth.truncate("\(requisition.number) · \(applicant) · \(requisition.department) · \(requisition.date)", to: width), .heading),
            ViewRow(DisplayWidth.truncate(t("Purpose: ", "用途：") + requisition.purpose + "   " + t("Approver: ", "审批人：") + requisition.approver, to: width)),
            .empty,
        ]
        let columns = table(width: width)
        rows.append(ViewRow(columns.row([t("Item", "物品"), t("Spec", "规格"), t("Unit", "单位"), t("Bin", "货位"),
                                         t("Appr", "批准"), t("Done", "已领"), t("Now", "本次"), t("Left", "待领")]), .dim))
        for line in requisition.lines {
            let item = pick.detail.items[line.itemCode]
            let now = pick.picked(line.itemCode)
            let left = line.remaining - now
            let cells = [item?.name ?? line.itemCode, item?.spec ?? "", item?.unit ?? "", item?.bin ?? "",
                         "\(line.approved)", "\(line.picked)", now > 0 ? "\(now)" : "·", "\(left)"]
            // Done before this pickup: dim; complete with this pickup: green.
            let style: ViewStyle = line.remaining == 0 ? .dim : left == 0 ? .success : .plain
            rows.append(ViewRow(columns.row(cells), style))
        }
        if let quantity = pendingQuantity {
            rows.append(ViewRow(t("Next scan counts ×", "下一次扫描计数 ×") + "\(quantity)", .warning))
        }
        if let recipient = pick.pendingRecipient {
            rows.append(ViewRow(t("Recipient waiting: ", "待确认领用人：") + "\(recipient.name) (\(recipient.badge))", .warning))
        }
        return rows
    }

    private func lastPickupRows(_ outcome: PickupOutcome, width: Int) -> [ViewRow] {
        var rows = idleRows(signedIn: true, mode: .pickup)
        rows.append(.empty)
        rows.append(ViewRow(t("Last pickup: ", "上一笔领用：") + outcome.requisition.number + " · "
            + outcome.requisition.status.title(language), .dim))
        for request in outcome.replenishments {
            let name = outcome.items[request.itemCode]?.name ?? request.itemCode
            rows.append(ViewRow(DisplayWidth.truncate(
                t("Below reorder point: ", "低于补货点：") + "\(name) (\(request.stock) < \(request.threshold))", to: width), .warning))
        }
        return rows
    }

    private func keyHelp(_ state: KioskState) -> String {
        if state.pick?.pendingRecipient != nil {
            return t("Enter/F5 accept recipient · Esc refuse", "Enter/F5 同意代领 · Esc 拒绝")
        }
        return t("F1 Pickup F2 Receive F3 Return · F4 Undo · Esc Cancel · F10 Sign out",
                 "F1 领用 F2 入库 F3 退库 · F4 撤销 · Esc 取消 · F10 退出")
    }

    // MARK: Text helpers

    private func t(_ english: String, _ chinese: String) -> String {
        language == .simplifiedChinese ? chinese : english
    }

    private func table(width: Int) -> TableColumns {
        // Fixed columns first; the item name takes what is left. On narrow screens (a serial
        // console set to 40 columns) spec, unit and bin give way to the counts.
        let fixed = width >= 64 ? [0, 12, 5, 8, 5, 5, 5, 5] : [0, 0, 0, 0, 4, 4, 4, 4]
        let gaps = fixed.filter { $0 > 0 }.count
        let name = max(8, width - fixed.reduce(0, +) - gaps)
        return TableColumns(widths: [name] + fixed.dropFirst(), rightAligned: [4, 5, 6, 7])
    }

    static func clock(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// Greedy wrap by display width: at spaces where there are any, anywhere in CJK text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var lastSpace: String.Index?
        for character in text {
            let w = DisplayWidth.of(character)
            if currentWidth + w > width {
                if character == " " {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                    lastSpace = nil
                    continue
                }
                if let space = lastSpace, space > current.startIndex {
                    let rest = String(current[current.index(after: space)...])
                    lines.append(String(current[..<space]))
                    current = rest
                } else {
                    lines.append(current)
                    current = ""
                }
                currentWidth = DisplayWidth.of(current)
                lastSpace = nil
                if character == " " && current.isEmpty { continue }
            }
            if character == " " { lastSpace = current.endIndex }
            current.append(character)
            currentWidth += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

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

