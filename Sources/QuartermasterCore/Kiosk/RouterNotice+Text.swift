// MARK: - Words for each notice, in each language the kiosk speaks

extension RouterNotice {
    /// The notice as one or two sentences: what happened, and what to do next.
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanBadgeToStart:
            return zh ? "请扫描您的工牌开始。" : "Scan your badge to start."
        case .signedIn(let name, let job):
            return zh ? "\(name) 已登录（\(job.title(language))）。\(job.prompt.text(language))"
                : "Signed in: \(name) (\(job.title(language))). \(job.prompt.text(language))"
        case .signedOut:
            return zh ? "已退出。请扫描工牌开始。" : "Signed out. Scan your badge to start."
        case .signedOutIdle(let discarded):
            let dropped = discarded.map { zh ? $0.text(language) : " " + $0.text(language) } ?? ""
            return zh ? "长时间无操作，已自动退出。\(dropped)请扫描工牌。" : "Signed out after inactivity.\(dropped) Scan your badge."
        case .signInFirst(let role):
            return zh ? "请先扫描\(role.title(language))工牌登录。" : "Scan the badge of \(role.titleWithArticle(language)) first to sign in."
        case .badgeInactive(let name):
            return zh ? "\(name) 的工牌已停用。请联系行政部门。" : "The badge of \(name) is disabled. Ask the admin office."
        case .roleMissing(let name, let role):
            return zh ? "\(name) 没有「\(role.title(language))」权限，不能在此操作。"
                : "\(name) is not \(role.titleWithArticle(language)) and cannot work in this mode."
        case .alreadySignedIn(let name):
            return zh ? "\(name) 已登录。" : "\(name) is already signed in."
        case .staffOnly(let job):
            return zh ? "此屏幕供访客使用（\(job.title(language))）。工作人员请先扫描工牌。\(job.prompt.text(language))"
                : "This screen is for visitors (\(job.title(language))). Staff: scan your badge first. \(job.prompt.text(language))"
        case .modeChanged(let job):
            return zh ? "已切换到：\(job.title(language))。\(job.prompt.text(language))"
                : "Mode: \(job.title(language)). \(job.prompt.text(language))"
        case .notFound(let kind, let code):
            return zh ? "未找到\(kind.title(language))「\(code)」。请检查后重新扫描。"
                : "No \(kind.title(language)) \"\(code)\" is registered. Check the code and scan again."
        case .invalidScan(let code, let problem):
            return zh ? "条码「\(code)」：\(problem.message(in: language))" : "Code \"\(code)\": \(problem.message(in: language))"
        case .wrongKind(let kind, let job):
            return zh ? "这是\(kind.title(language))，在「\(job.title(language))」中不能使用。"
                : "That is \(kind.titleWithArticle(language)); it is not used in \(job.title(language))."
        case .storeUnavailable(let problem):
            return zh ? "无法读取数据库：\(problem.description)" : "Could not read the station database: \(problem.description)"
        case .nothingToUndo:
            return zh ? "没有可撤销的扫描。" : "Nothing to undo."
        case .nothingToAccept:
            return zh ? "没有等待确认的操作。" : "Nothing is waiting to be accepted."
        case .nothingToCancel:
            return zh ? "没有进行中的操作。" : "Nothing to cancel."
        case .recording:
            return zh ? "正在记录……" : "Recording…"
        case .scannerConnected(let name):
            return zh ? "扫描器已连接：\(name)。" : "Scanner connected: \(name)."
        case .scannerDisconnected(let name, let dropped):
            let lost = dropped ? (zh ? "未完成的扫描已丢弃，请重新扫描。" : " The scan in progress was lost: scan it again.") : ""
            return zh ? "扫描器已断开：\(name)。\(lost)请检查连接线。" : "Scanner unplugged: \(name).\(lost) Check its cable."
        }
    }
}
