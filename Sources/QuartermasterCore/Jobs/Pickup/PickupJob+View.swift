// MARK: - What the pickup shows under the status line

extension PickupJob {
    public func rows(width: Int, language: Language) -> [ViewRow] {
        if let pick { return pickRows(pick, width: width, language: language) }
        guard let lastPickup else { return Self.idleRows(language) }
        return lastPickupRows(lastPickup, width: width, language: language)
    }

    public func footer(width: Int, language: Language) -> [ViewRow] {
        guard let slipNote else { return [] }
        return [ViewRow(DisplayWidth.truncate(KioskText("Slip: ", "领用单：")(language) + slipNote, to: width), .dim)]
    }

    public func keyHelp(_ language: Language) -> String? {
        guard pick?.pendingRecipient != nil else { return nil }
        return KioskText("Enter/F5 accept recipient · Esc refuse", "Enter/F5 同意代领 · Esc 拒绝")(language)
    }

    private static func idleRows(_ language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        return [ViewRow(t("Pickup", "领用出库"), .heading),
                ViewRow(t("1. Scan the requisition (YPQ-…)", "1. 扫描申领单（YPQ-…）")),
                ViewRow(t("2. Scan each item as you pick it (type a number first for several)", "2. 逐件扫描物品（多件可先输入数量）")),
                ViewRow(t("3. The recipient scans their badge to confirm", "3. 领用人扫描工牌确认"))]
    }

    private func pickRows(_ pick: PickSession, width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        let requisition = pick.detail.requisition
        let applicant = pick.detail.applicant?.name ?? requisition.applicantBadge
        var rows = [
            ViewRow(DisplayWidth.truncate("\(requisition.number) · \(applicant) · \(requisition.department) · \(requisition.date)", to: width), .heading),
            ViewRow(DisplayWidth.truncate(t("Purpose: ", "用途：") + requisition.purpose + "   " + t("Approver: ", "审批人：") + requisition.approver, to: width)),
            .empty,
        ]
        let columns = Self.table(width: width)
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

    private func lastPickupRows(_ outcome: PickupOutcome, width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        var rows = Self.idleRows(language)
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

    private static func table(width: Int) -> TableColumns {
        // Fixed columns first; the item name takes what is left. On narrow screens (a serial
        // console set to 40 columns) spec, unit and bin give way to the counts.
        let fixed = width >= 64 ? [0, 12, 5, 8, 5, 5, 5, 5] : [0, 0, 0, 0, 4, 4, 4, 4]
        let gaps = fixed.filter { $0 > 0 }.count
        let name = max(8, width - fixed.reduce(0, +) - gaps)
        return TableColumns(widths: [name] + fixed.dropFirst(), rightAligned: [4, 5, 6, 7])
    }
}
