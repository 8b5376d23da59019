// MARK: - Words for each notice, in each language the kiosk speaks

extension CountNotice {
    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .scanLocation:
            return zh ? "盘点：请扫描位置标签开始。" : "Count: scan a location label to start."
        case .scanLocationFirst:
            return zh ? "请先扫描位置标签，再扫描资产标签。" : "Scan the location label first, then the asset tags."
        case .unknownLocation(let code):
            return zh ? "位置「\(code)」未登记。请检查标签，或先导入位置清单。"
                : "Location \"\(code)\" is not registered. Check the label, or import the locations first."
        case .noOpenCount(let location):
            return zh ? "\(Self.place(location))没有进行中的盘点。按 Enter 为它开始盘点，或运行 quartermaster count open --scope \(location.code)。"
                : "No count is open for \(Self.place(location)). Press Enter to open one for it here, or open one with `quartermaster count open --scope \(location.code)`."
        case .counting(let session, let progress, let blind):
            let tally = blind ? (zh ? "已盘 \(progress.found)" : "\(progress.found) counted")
                : (zh ? "已盘 \(progress.found)，应有 \(progress.expected)" : "\(progress.found) counted of \(progress.expected) expected")
            return zh ? "正在盘点 \(Self.place(progress.location))（\(session)）：\(tally)。请扫描资产标签。"
                : "Counting \(Self.place(progress.location)) in \(session): \(tally). Scan the asset tags."
        case .opened(let session, let progress, let blind):
            let expected = blind ? "" : (zh ? "应有 \(progress.expected) 件。" : " \(progress.expected) assets expected.")
            return zh ? "已开始盘点 \(session)：\(Self.place(progress.location))。\(expected)请扫描资产标签。"
                : "Count \(session) opened for \(Self.place(progress.location)).\(expected) Scan the asset tags."
        case .leftLocation(let location):
            return zh ? "已离开 \(Self.place(location))，盘点结果已保存。请扫描下一个位置标签。"
                : "Left \(Self.place(location)); what was counted is saved. Scan the next location label."
        case .found(let tag, let name):
            return zh ? "相符：\(name)（\(tag)）。" : "FOUND: \(name) (\(tag))."
        case .moved(let tag, let name, let registeredAt, let here):
            let from = registeredAt ?? (zh ? "无位置" : "no location")
            return zh ? "异位：\(name)（\(tag)）登记在 \(from)。按 Enter/F5 确认移到 \(here.code)；继续扫描则保持不变。"
                : "MOVED: \(name) (\(tag)) is registered at \(from). Enter/F5 accepts the move to \(here.code); scan on to leave it."
        case .surplus(let tag, let here):
            return zh ? "盘盈：\(tag) 不在台账中。输入名称并按 Enter 即在 \(here.code) 登记；继续扫描则保留标记。"
                : "SURPLUS: \(tag) is not in the register. Type its name and press Enter to register it at \(here.code), or scan on to leave it flagged."
        case .duplicate(let tag, let name, let earlier):
            let what = name.map { "\($0)（\(tag)）" } ?? tag
            return zh ? "已盘过：\(what) 已由 \(earlier.countedBy) 在 \(earlier.locationCode) 盘点，只计一次。"
                : "ALREADY COUNTED: \(name.map { "\($0) (\(tag))" } ?? tag) was counted at \(earlier.locationCode) by \(earlier.countedBy); it counts once."
        case .disposed(let tag, let name):
            return zh ? "已报废：\(name)（\(tag)）在台账中已报废，已标记。请交管理员处理。"
                : "DISPOSED: \(name) (\(tag)) is written off in the register; flagged for the report. Set it aside for the admin office."
        case .moveAccepted(let tag, let name, let here):
            return zh ? "已确认异位：\(name)（\(tag)）结束盘点时登记到 \(here.code)。"
                : "Move accepted: \(name) (\(tag)) goes to \(here.code) in the register when the count closes."
        case .registered(let tag, let name, let here):
            return zh ? "已登记：\(name)（\(tag)）登记在 \(here.code)，盘点中仍记为盘盈。"
                : "Registered: \(name) (\(tag)) at \(here.code); the count still lists it as surplus."
        case .nameNotNumber(let tag):
            return zh ? "请为 \(tag) 输入名称，而不是数字。" : "Type a name for \(tag), not a number."
        case .refused(let problem):
            return zh ? "未记录：\(problem.description)" : "NOT recorded: \(problem.description)"
        }
    }

    /// A location as the auditor reads it: its name and the code on its label.
    static func place(_ location: Location) -> String {
        location.name == location.code ? location.code : "\(location.name) (\(location.code))"
    }
}
