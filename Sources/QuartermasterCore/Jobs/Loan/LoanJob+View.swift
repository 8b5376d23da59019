// MARK: - View

extension LoanJob {
    /// The prompt, the asset waiting for its borrower, then the overdue loans: borrower, tag,
    /// asset, due date and days overdue, the longest overdue first. The view escapes every cell.
    public func rows(width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        var rows = [ViewRow(Self.card.title(language), .heading),
                    ViewRow(t("Scan an asset: out → returned; in → then the borrower's badge.",
                              "扫描资产：已借出的即归还；在库的再扫描借用人工牌。"))]
        if let asset = pendingAsset {
            let days = pendingDays ?? LoanRules.defaultDays
            var line = t("Lending: ", "借出：") + "\(asset.name)  [\(asset.tag)]  " + t("\(days) days", "\(days) 天")
            if let due = board?.today.adding(days: days) { line += t(" → due \(due)", " → \(due) 到期") }
            rows.append(ViewRow(line, .heading))
        }
        rows.append(.empty)
        guard let board else {
            rows.append(ViewRow(t("Overdue loans: press Enter to show them.", "逾期借用：按 Enter 显示。"), .dim))
            return rows
        }
        guard !board.overdue.isEmpty else {
            rows.append(ViewRow(t("No loans are overdue (\(board.today)).", "没有逾期借用（\(board.today)）。"), .dim))
            return rows
        }
        rows.append(ViewRow(t("Overdue loans on \(board.today): \(board.overdue.count)", "逾期借用（\(board.today)）：\(board.overdue.count) 件"), .warning))
        let columns = Self.columns(width: width)
        rows.append(ViewRow(columns.row([t("Borrower", "借用人"), t("Tag", "标签"), t("Asset", "资产"), t("Due", "到期"), t("Days", "逾期天")]), .dim))
        for listing in board.overdue {
            let late = max(0, board.today.days(since: listing.loan.due))
            rows.append(ViewRow(columns.row([listing.borrowerName, listing.loan.tag, listing.assetName, listing.loan.due.description, String(late)])))
        }
        return rows
    }

    /// Borrower 12, tag 12, due 10, days 5 columns; the asset's name takes what is left.
    static func columns(width: Int) -> TableColumns {
        let fixed = [12, 12, 10, 5]
        let asset = max(6, width - fixed.reduce(0, +) - 4)
        return TableColumns(widths: [fixed[0], fixed[1], asset, fixed[2], fixed[3]], rightAligned: [4])
    }
}
