// MARK: - The pickup's words, in each language the kiosk speaks

extension PickupNotice {
    /// The notice as one or two sentences: what happened, and what to do next.
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanRequisition:
            return zh ? "请扫描申领单。" : "Scan a requisition."
        case .requisitionOpened(let number, let lines):
            return zh ? "申领单 \(number)：\(lines) 行待领。请扫描物品，最后由领用人扫描工牌确认。"
                : "Requisition \(number): \(lines) line(s) to pick. Scan the items, then the recipient scans their badge."
        case .requisitionAlreadyOpen(let number):
            return zh ? "申领单 \(number) 已打开。" : "Requisition \(number) is already open."
        case .requisitionNotApproved(let number, _):
            return zh ? "申领单 \(number) 尚未审批，不能领用。请联系审批人。"
                : "Requisition \(number) is not approved yet. It cannot be picked; ask the approver."
        case .requisitionRejected(let number, let reason):
            let why = reason.map { zh ? "原因：\($0)。" : " Reason: \($0)." } ?? ""
            return zh ? "申领单 \(number) 已被驳回。\(why)" : "Requisition \(number) was rejected.\(why)"
        case .requisitionPickedUp(let number):
            return zh ? "申领单 \(number) 已全部领用。" : "Requisition \(number) has already been picked up."
        case .requisitionCancelled(let number):
            return zh ? "申领单 \(number) 已取消。" : "Requisition \(number) was cancelled."
        case .finishFirst(let number):
            return zh ? "请先完成或取消（Esc）领用 \(number)。" : "Finish or cancel (Esc) pickup \(number) first."
        case .quantity(let notice):
            return notice.text(language)
        case .itemNotOnRequisition(let item, let number):
            return zh ? "「\(item)」不在申领单 \(number) 上（或已领完）。请放回。"
                : "\"\(item)\" is not on requisition \(number) (or is fully picked). Put it back."
        case .overPick(let item, let remaining):
            return zh ? "「\(item)」超出审批数量：最多还可领 \(remaining)。"
                : "Too many \"\(item)\": only \(remaining) more may be picked."
        case .stockShort(let item, let stock):
            return zh ? "「\(item)」账面库存只有 \(stock)。请先入库或盘点调整。"
                : "Stock on record for \"\(item)\" is only \(stock). Receive or adjust stock first."
        case .counted(let item, let quantity, let picked, let toPick):
            return zh ? "+\(quantity) \(item)（\(picked)/\(toPick)）" : "+\(quantity) \(item) (\(picked) of \(toPick))"
        case .undone(let item, let quantity):
            return zh ? "已撤销：-\(quantity) \(item)" : "Undone: -\(quantity) \(item)"
        case .nothingPicked:
            return zh ? "尚未扫描任何物品。请先扫描物品，再由领用人确认。"
                : "Nothing is picked yet. Scan the items first, then the recipient confirms."
        case .badgeInactive(let name):
            return RouterNotice.badgeInactive(name: name).text(language)
        case .recipientNotEntitled(let name, let department):
            return zh ? "\(name) 不是申领人，也不属于 \(department)，不能代领。"
                : "\(name) is neither the applicant nor from \(department), and cannot collect this pickup."
        case .confirmRecipient(let name, let applicant):
            return zh ? "\(name) 代 \(applicant) 领用。库管员：按 Enter 或 F5 同意，Esc 拒绝。"
                : "\(name) collects for \(applicant). Keeper: press Enter or F5 to accept, Esc to refuse."
        case .recipientRefused(let name):
            return zh ? "已拒绝 \(name) 代领。请申领人扫描工牌。" : "\(name) was refused. The applicant scans their badge to confirm."
        case .pickupCancelled(let number):
            return zh ? "领用 \(number) 已取消，未记录任何内容。" : "Pickup \(number) cancelled; nothing was recorded."
        case .pickupRecorded(let number, let recipient, let backorder):
            let rest = backorder > 0 ? (zh ? "\(backorder) 行缺货待补。" : " \(backorder) line(s) stay on backorder.") : ""
            return zh ? "已记录：\(number) 由 \(recipient) 领用。\(rest)" : "Recorded: \(number) collected by \(recipient).\(rest)"
        case .pickupRefused(let problem):
            return zh ? "领用未记录：\(problem.description)" : "Pickup NOT recorded: \(problem.description)"
        case .pickupDiscarded(let number):
            return zh ? "未确认的领用 \(number) 已放弃。" : "The unconfirmed pickup \(number) was discarded."
        case .pickupResumed(let number, let units, let dropped):
            let gone = dropped == 0 ? "" : zh ? "另有 \(dropped) 次扫描已不符合申领单或库存，已去掉。"
                : " \(dropped) scan(s) no longer fit the requisition or the stock and were dropped."
            return zh ? "领用 \(number) 已恢复：已扫描 \(units) 件。\(gone)请继续扫描，领用人扫描工牌确认，Esc 取消。"
                : "Pickup \(number) resumed: \(units) items scanned.\(gone) Scan on; the recipient's badge confirms, Esc cancels."
        case .leftOpenDropped(let number):
            return zh ? "停机前未完成的领用 \(number) 已无法继续（申领单已变更），其扫描已去掉，未记录任何内容。请重新扫描申领单。"
                : "Pickup \(number), left open when the station stopped, cannot go on (its requisition changed): its scans were dropped, nothing was recorded. Scan the requisition again."
        case .scansNotKept(let problem):
            return zh ? "扫描未能保存（\(problem.description)），重启将丢失。请尽快确认或取消此领用，并告知管理员。"
                : "The scans could not be saved (\(problem.description)); a restart would lose them. Confirm or cancel this pickup now, and tell the admin."
        case .leftOpenUnreadable(let problem):
            return zh ? "无法查看停机前是否有未完成的领用（\(problem.description)）。请告知管理员；已保存的扫描不会丢失，下次登录时恢复。"
                : "Could not look for a pickup left open when the station stopped (\(problem.description)). Tell the admin; kept scans are not lost and come back at the next sign-in."
        }
    }
}
