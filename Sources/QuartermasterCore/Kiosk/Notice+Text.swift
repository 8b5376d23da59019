// MARK: - Words for each notice, in each language the kiosk speaks

extension Notice {
    /// The notice as one or two sentences: what happened, and what to do next.
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanBadgeToStart:
            return zh ? "请扫描您的工牌开始。" : "Scan your badge to start."
        case .signedIn(let name, let mode):
            return zh ? "\(name) 已登录（\(mode.title(language))）。\(Notice.prompt(for: mode, language))"
                : "Signed in: \(name) (\(mode.title(language))). \(Notice.prompt(for: mode, language))"
        case .signedOut:
            return zh ? "已退出。请扫描工牌开始。" : "Signed out. Scan your badge to start."
        case .signedOutIdle(let number):
            let dropped = number.map { zh ? "未确认的领用 \($0) 已放弃。" : " The unconfirmed pickup \($0) was discarded." } ?? ""
            return zh ? "长时间无操作，已自动退出。\(dropped)请扫描工牌。" : "Signed out after inactivity.\(dropped) Scan your badge."
        case .signInFirst:
            return zh ? "请先扫描库管员工牌登录。" : "Scan a keeper's badge first to sign in."
        case .badgeInactive(let name):
            return zh ? "\(name) 的工牌已停用。请联系行政部门。" : "The badge of \(name) is disabled. Ask the admin office."
        case .roleMissing(let name, let role):
            return zh ? "\(name) 没有「\(role.title(language))」权限，不能在此操作。"
                : "\(name) is not a \(role.title(language)) and cannot work in this mode."
        case .alreadySignedIn(let name):
            return zh ? "\(name) 已登录。" : "\(name) is already signed in."
        case .modeChanged(let mode):
            return zh ? "已切换到：\(mode.title(language))。\(Notice.prompt(for: mode, language))"
                : "Mode: \(mode.title(language)). \(Notice.prompt(for: mode, language))"
        case .finishFirst(let number):
            return zh ? "请先完成或取消（Esc）领用 \(number)。" : "Finish or cancel (Esc) pickup \(number) first."
        case .notFound(let kind, let code):
            return zh ? "未找到\(kind.title(language))「\(code)」。请检查后重新扫描。"
                : "No \(kind.title(language)) \"\(code)\" is registered. Check the code and scan again."
        case .invalidScan(let code, let problem):
            return zh ? "条码「\(code)」：\(problem.message(in: language))" : "Code \"\(code)\": \(problem.message(in: language))"
        case .wrongKind(let kind, let mode):
            return zh ? "这是\(kind.title(language))，在「\(mode.title(language))」中不能使用。"
                : "That is a \(kind.title(language)); it is not used in \(mode.title(language))."
        case .storeUnavailable(let problem):
            return zh ? "无法读取数据库：\(problem.description)" : "Could not read the station database: \(problem.description)"
        case .quantityNext(let quantity):
            return zh ? "数量 ×\(quantity)：请扫描物品。" : "Quantity ×\(quantity): now scan the item."
        case .quantityZero:
            return zh ? "数量必须至少为 1。" : "The quantity must be 1 or more."
        case .nothingToUndo:
            return zh ? "没有可撤销的扫描。" : "Nothing to undo."
        case .nothingToAccept:
            return zh ? "没有等待确认的领用人。" : "No recipient is waiting to be accepted."
        case .nothingToCancel:
            return zh ? "没有进行中的操作。" : "Nothing to cancel."
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
        case .recording:
            return zh ? "正在记录……" : "Recording…"
        case .scanItemToReceive(let mode):
            return zh ? "\(mode.title(language))：请扫描物品（可先输入数量）。"
                : "\(mode.title(language)): scan an item (or type the quantity first)."
        case .typeQuantity(let item, _):
            return zh ? "「\(item)」：请输入数量并按 Enter。" : "\"\(item)\": type the quantity and press Enter."
        case .stockChanged(let item, let quantity, let stock, let mode):
            return zh ? "\(mode.title(language))已记录：+\(quantity) \(item)，现有库存 \(stock)。"
                : "\(mode.title(language)) recorded: +\(quantity) \(item); stock now \(stock)."
        case .stockChangeRefused(let problem):
            return zh ? "未记录：\(problem.description)" : "NOT recorded: \(problem.description)"
        case .scannerConnected(let name):
            return zh ? "扫描器已连接：\(name)。" : "Scanner connected: \(name)."
        case .scannerDisconnected(let name, let dropped):
            let lost = dropped ? (zh ? "未完成的扫描已丢弃，请重新扫描。" : " The scan in progress was lost: scan it again.") : ""
            return zh ? "扫描器已断开：\(name)。\(lost)请检查连接线。" : "Scanner unplugged: \(name).\(lost) Check its cable."
        case .pendingItemDropped(let item):
            return zh ? "「\(item)」未输入数量，未记录。请为新物品输入数量。"
                : "No quantity was typed for \"\(item)\"; it was not recorded. Type the quantity for the new item."
        }
    }

    static func prompt(for mode: KioskMode, _ language: Language) -> String {
        switch mode {
        case .pickup: return Notice.scanRequisition.text(language)
        case .receive, .return: return Notice.scanItemToReceive(mode).text(language)
        }
    }
}

extension KioskMode {
    public func title(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .pickup: return zh ? "领用出库" : "Pickup"
        case .receive: return zh ? "入库" : "Receiving"
        case .return: return zh ? "退库" : "Returns"
        }
    }
}

extension Role {
    public func title(_ language: Language) -> String {
        guard language == .simplifiedChinese else {
            return self == .keeper ? "storeroom keeper" : rawValue
        }
        switch self {
        case .employee: return "员工"
        case .approver: return "审批人"
        case .clerk: return "行政专员"
        case .keeper: return "库管员"
        case .auditor: return "盘点员"
        case .reception: return "前台"
        case .admin: return "管理员"
        }
    }
}

extension ScanKind {
    public func title(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .badge: return zh ? "工牌" : "badge"
        case .item: return zh ? "物品条码" : "item barcode"
        case .requisition: return zh ? "申领单" : "requisition"
        case .assetTag: return zh ? "资产标签" : "asset tag"
        case .location: return zh ? "位置标签" : "location label"
        case .visitorInvite: return zh ? "访客邀请码" : "visitor invitation"
        case .visitorBadge: return zh ? "访客证" : "visitor badge"
        case .mode: return zh ? "模式卡" : "mode card"
        case .quantity: return zh ? "数量" : "quantity"
        case .unknown: return zh ? "条码" : "code"
        }
    }
}

extension RequisitionStatus {
    public func title(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .draft: return zh ? "草稿" : "draft"
        case .approved: return zh ? "已审批" : "approved"
        case .rejected: return zh ? "已驳回" : "rejected"
        case .partlyPicked: return zh ? "部分领用" : "partly picked"
        case .pickedUp: return zh ? "已领用" : "picked up"
        case .cancelled: return zh ? "已取消" : "cancelled"
        }
    }
}
