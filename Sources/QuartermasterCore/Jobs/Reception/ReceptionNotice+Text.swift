extension ReceptionNotice {
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .welcome:
            return zh ? "欢迎！请扫描邀请码，或输入您的姓名后按 Enter。" : "Welcome! Scan your invitation, or type your name and press Enter."
        case .askCompany:
            return zh ? "请输入您的公司或单位。" : "Your company or organisation?"
        case .askHost:
            return zh ? "您拜访谁？请输入接待人姓名的一部分。" : "Who are you visiting? Type part of their name."
        case .noHostFound(let query):
            return zh ? "没有找到「\(query)」。请输入接待人姓名的另一部分。" : "Nobody matches \"\(query)\". Type another part of the name."
        case .tooManyHosts(let query):
            return zh ? "「\(query)」匹配的人太多。请多输入几个字。" : "Too many people match \"\(query)\". Type more of the name."
        case .pickHost(let count):
            return zh ? "请输入接待人的编号（1–\(count)），或输入其他姓名。" : "Type the number of your host (1–\(count)), or another name."
        case .askPurpose(let host):
            return zh ? "接待人：\(host)。请输入来访事由。" : "Host: \(host). What is the purpose of your visit?"
        case .askPhone:
            return zh ? "您的电话（可选，按 Enter 跳过）。" : "Your phone number (optional: Enter skips)."
        case .readRules(let rules):
            return zh ? "请阅读上方的访客须知（第 \(rules.version) 版），按 Enter 同意并登记，按 Esc 取消。"
                : "Read the site rules above (version \(rules.version)). Enter accepts them and signs you in; Esc cancels."
        case .badField(let problem):
            return problem.text(language)
        case .signedIn(let name, let host):
            return zh ? "欢迎，\(name)！已通知 \(host)。请取走打印出的访客证，离开时扫描它签退。"
                : "Welcome, \(name)! \(host) has been told you are here. Take your badge from the printer; scan it when you leave."
        case .badgeNotPrinted:
            return zh ? "您已登记，但访客证未能打印。请到前台领取。" : "You are signed in, but the badge did not print. Please see reception for it."
        case .seeReception:
            return zh ? "请到前台办理。" : "Please see reception."
        case .inviteRefused(let refusal), .badgeRefused(let refusal):
            return refusal.text(language)
        case .signedOut(let name):
            return zh ? "再见，\(name)！您已签退。" : "Goodbye, \(name)! You are signed out."
        case .formDropped:
            return zh ? "已取消，输入的内容已清除。" : "Cancelled: nothing you typed was kept."
        case .notRecorded(let problem):
            return (zh ? "未记录：" : "NOT recorded: ") + problem.description
        case .rollCallPrinted(let count, let output):
            return zh ? "在场名单已打印（\(count) 人）：\(output)" : "Roll call printed (\(count) on site): \(output)"
        case .closedForTheDay(let count):
            return zh ? "已到关闭时间：\(count) 个访问未签退，已关闭。工作人员：打印在场名单可见名单。"
                : "Closing time: \(count) visit\(count == 1 ? " was" : "s were") not signed out and \(count == 1 ? "is" : "are") closed. Staff: the roll call lists them."
        case .staffPrompt:
            return zh ? "前台：Enter 打印在场名单；扫描访客证为其签退；输入姓名为访客登记。"
                : "Reception: Enter prints the roll call; scan a badge to sign its visit out; type a name to sign a visitor in."
        }
    }
}
