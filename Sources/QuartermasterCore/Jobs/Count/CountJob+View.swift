// MARK: - What the count shows under the status line

extension CountJob {
    /// Missing assets listed under the current location; the rest are counted ("… 12 more").
    static let missingRows = 8
    /// Other locations counted at this kiosk, shown with their tallies.
    static let otherRows = 3

    public func rows(width: Int, language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        guard let session else { return Self.idleRows(language) }
        let blind = session.blind
        // The campaign's name comes from the centre: `cut` escapes it with the rest.
        let campaign = session.campaign.map { " · " + $0.name } ?? ""
        var rows = [ViewRow(Self.cut(t("Count ", "盘点 ") + session.id + campaign + (blind ? t(" · blind", " · 盲盘") : ""), width), .heading)]
        if let location, let progress = visited.first(where: { $0.location.code == location.code }) {
            rows.append(ViewRow(Self.cut(t("Location: ", "位置：") + Self.place(location) + "   " + Self.tally(progress, blind: blind, language), width), .heading))
            if !blind {
                if progress.missingCount == 0 {
                    rows.append(ViewRow(t("Nothing expected here is missing.", "此处应有资产均已盘到。"), .success))
                } else {
                    rows.append(ViewRow(t("Still missing here (\(progress.missingCount)):", "此处尚未盘到（\(progress.missingCount)）："), .dim))
                    for missing in progress.missing.prefix(Self.missingRows) {
                        rows.append(ViewRow(Self.cut("  " + TerminalText.escaped(missing.tag) + "  " + TerminalText.escaped(missing.name), width)))
                    }
                    let more = progress.missingCount - min(progress.missing.count, Self.missingRows)
                    if more > 0 { rows.append(ViewRow(t("  … and \(more) more", "  …… 另有 \(more) 件"), .dim)) }
                }
            }
        } else {
            rows.append(ViewRow(t("Scan the next location label.", "请扫描下一个位置标签。")))
        }
        if let tag = pendingSurplus {
            rows.append(ViewRow(Self.cut(t("Surplus ", "盘盈 ") + TerminalText.escaped(tag)
                + t(": type its name and press Enter to register it here.", "：输入名称并按 Enter 即在此登记。"), width), .warning))
        }
        let others = visited.filter { $0.location.code != location?.code }.prefix(Self.otherRows)
        if !others.isEmpty {
            rows.append(.empty)
            for progress in others {
                rows.append(ViewRow(Self.cut(Self.place(progress.location) + "   " + Self.tally(progress, blind: blind, language), width), .dim))
            }
        }
        return rows
    }

    public func keyHelp(_ language: Language) -> String? {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        if pendingOpen != nil { return t("Enter/F5 open a count here · Esc cancel", "Enter/F5 在此开始盘点 · Esc 取消") }
        if pendingMove != nil { return t("Enter/F5 accept the move · scan on to leave it · Esc cancel", "Enter/F5 确认异位 · 继续扫描则不变 · Esc 取消") }
        if pendingSurplus != nil { return t("Name + Enter registers it · scan on to leave it flagged", "输入名称 + Enter 登记 · 继续扫描则保留标记") }
        if location != nil { return t("Esc leave this location · F10 sign out", "Esc 离开此位置 · F10 退出") }
        return nil
    }

    private static func idleRows(_ language: Language) -> [ViewRow] {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        return [ViewRow(t("Asset count", "资产盘点"), .heading),
                ViewRow(t("1. Scan the location label (LOC-…) of the room you count", "1. 扫描所盘房间的位置标签（LOC-…）")),
                ViewRow(t("2. Scan every asset tag you find there", "2. 逐一扫描在此找到的资产标签")),
                ViewRow(t("3. Scan the next location label; the count is saved as you go", "3. 扫描下一个位置标签；每次扫描即已保存"))]
    }

    /// Found against expected; a blind count shows what was found only.
    private static func tally(_ progress: CountProgress, blind: Bool, _ language: Language) -> String {
        let zh = language == .simplifiedChinese
        if blind { return zh ? "已盘 \(progress.found)" : "found \(progress.found)" }
        return zh ? "已盘 \(progress.found) / 应有 \(progress.expected)" : "found \(progress.found) / expected \(progress.expected)"
    }

    /// A location's name and code, escaped: names come from imported files.
    private static func place(_ location: Location) -> String {
        TerminalText.escaped(CountNotice.place(location))
    }

    /// Escaped text is measured as it will be drawn, then cut to the screen's width.
    private static func cut(_ text: String, _ width: Int) -> String {
        DisplayWidth.truncate(TerminalText.escaped(text), to: width)
    }
}
