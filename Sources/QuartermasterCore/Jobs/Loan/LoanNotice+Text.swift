extension LoanNotice {
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanAsset:
            return zh ? "借用：扫描资产标签——借出的资产即归还，在库的资产随后扫描借用人工牌。按 Enter 查看逾期。"
                : "Loans: scan an asset tag. One that is out is returned; one that is in is lent to the badge scanned next. Enter shows overdue loans."
        case .scanBorrower(let asset, let tag, let days, let due):
            let until = due.map { zh ? "，\($0) 到期" : ", due \($0)" } ?? ""
            return zh ? "借出「\(asset)」（\(tag)）\(days) 天\(until)：请扫描借用人工牌（可先输入天数）。"
                : "Lending \"\(asset)\" (\(tag)) for \(days) days\(until): scan the borrower's badge (or type the days first)."
        case .alreadyWaiting(let asset, let tag):
            return zh ? "「\(asset)」（\(tag)）正等待借用人：请扫描借用人工牌，或按 Esc 取消。"
                : "\"\(asset)\" (\(tag)) is waiting for its borrower: scan their badge, or press Esc."
        case .finishFirst(let asset, let tag):
            return zh ? "请先完成「\(asset)」（\(tag)）的借出：扫描借用人工牌，或按 Esc 取消。"
                : "Finish lending \"\(asset)\" (\(tag)) first: scan the borrower's badge, or press Esc."
        case .scanAssetFirst:
            return zh ? "请先扫描资产标签，再输入天数或扫描借用人工牌。" : "Scan the asset's tag first, then the days or the borrower's badge."
        case .lent(let asset, let tag, let borrower, let due):
            return zh ? "已借出：「\(asset)」（\(tag)）借给 \(borrower)，\(due) 前归还。"
                : "Lent: \"\(asset)\" (\(tag)) to \(borrower), due back \(due)."
        case .returned(let asset, let tag, let borrower, let late):
            if late > 0 {
                return zh ? "已归还：「\(asset)」（\(tag)）由 \(borrower) 借用，逾期 \(late) 天。"
                    : "Returned: \"\(asset)\" (\(tag)) from \(borrower), \(late) day\(late == 1 ? "" : "s") late."
            }
            return zh ? "已归还：「\(asset)」（\(tag)）由 \(borrower) 借用，按时归还。"
                : "Returned: \"\(asset)\" (\(tag)) from \(borrower), on time."
        case .refused(let refusal):
            return (zh ? "未借出：" : "NOT lent: ") + refusal.text(language)
        case .unknownTag(let tag):
            return zh ? "标签 \(tag) 不在资产台账中。请核对标签；新资产须先登记。"
                : "Tag \(tag) is not in the asset register. Check the tag; a new asset must be registered first."
        case .borrowerInactive(let name):
            return zh ? "未借出：\(name) 的工牌已停用。请扫描在职人员的工牌。"
                : "NOT lent: \(name)'s badge is disabled. Scan the badge of someone still with the office."
        case .notRecorded(let problem):
            return (zh ? "未记录：" : "NOT recorded: ") + problem.description
        case .notLent(let asset, let tag):
            return zh ? "「\(asset)」（\(tag)）未借出。" : "\"\(asset)\" (\(tag)) was not lent."
        case .overdueShown(let count, let today):
            if count == 0 { return zh ? "截至 \(today) 没有逾期的借用。" : "No loans are overdue as of \(today)." }
            return zh ? "截至 \(today) 有 \(count) 件逾期未还。" : "\(count) loan\(count == 1 ? " is" : "s are") overdue as of \(today)."
        case .overdueUnavailable(let problem):
            return (zh ? "无法读取逾期列表：" : "The overdue list could not be read: ") + problem.description
        }
    }
}
