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
    public func render(_ router: KioskRouter, input: String, now: Date, columns: Int, rows: Int) -> [ViewRow] {
        let width = max(20, columns)
        let height = max(8, rows)
        var top = [statusLine(router, now: now, width: width), .empty]
        top += body(router, width: width)

        var bottom: [ViewRow] = []
        let tone = router.notice.tone
        let style: ViewStyle = tone == .error ? .error : tone == .success ? .success : tone == .warning ? .warning : .plain
        let marker = tone == .error ? "✗ " : tone == .success ? "✓ " : tone == .warning ? "! " : "  "
        for (index, line) in Self.wrap(router.notice.text(language), width: width - 2).prefix(3).enumerated() {
            bottom.append(ViewRow(index == 0 ? marker + line : "  " + line, style))
        }
        if router.person != nil || router.card.walkUp {
            bottom += router.activeJob.footer(width: width, language: language)
        }
        bottom.append(ViewRow([.init("> ", .input), .init(DisplayWidth.truncate(TerminalText.escaped(input), to: width - 3), .input)]))
        bottom += keyHelp(router, width: width).map { ViewRow(DisplayWidth.truncate($0, to: width), .dim) }

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

    private func statusLine(_ router: KioskRouter, now: Date, width: Int) -> ViewRow {
        let who = router.person.map { "\($0.name) (\($0.badge))" } ?? t("not signed in", "未登录")
        var left = " Quartermaster │ \(station) │ \(router.card.title(language)) │ \(who)"
        if let scanners = router.scanners {
            left += scanners.isEmpty ? t(" │ NO SCANNER", " │ 无扫描器") : t(" │ scanners \(scanners.count)", " │ 扫描器 \(scanners.count)")
        }
        let clock = Self.clock(now, timeZone: timeZone) + " "
        let room = width - DisplayWidth.of(clock)
        return ViewRow(DisplayWidth.pad(DisplayWidth.truncate(left, to: room), to: room) + clock, .status)
    }

    /// Signed out, the station's welcome; signed in, the active job's rows.
    private func body(_ router: KioskRouter, width: Int) -> [ViewRow] {
        guard router.person != nil || router.card.walkUp else {
            let role = router.card.requiredRole
            return [ViewRow(router.card.title(language), .heading),
                    ViewRow(role.people(language) + t(": scan your badge to sign in.", "：请扫描工牌登录。"))]
        }
        return router.activeJob.rows(width: width, language: language)
    }

    /// The job's own keys while it waits for something; otherwise every job's function key
    /// from the registry, then the router's keys.
    /// One row when it fits the screen; otherwise the mode keys on one row and the router's on
    /// the next, so no key is cut off on an 80-column terminal.
    private func keyHelp(_ router: KioskRouter, width: Int) -> [String] {
        if router.person != nil || router.card.walkUp, let help = router.activeJob.keyHelp(language) { return [help] }
        let modes = router.cards.map { "F\($0.functionKey) \($0.keyLabel(language))" }.joined(separator: " ")
        let keys = t("F4 Undo · Esc Cancel · F10 Sign out", "F4 撤销 · Esc 取消 · F10 退出")
        let line = modes + " · " + keys
        return DisplayWidth.of(line) <= width ? [line] : [modes, keys]
    }

    // MARK: Text helpers

    private func t(_ english: String, _ chinese: String) -> String {
        language == .simplifiedChinese ? chinese : english
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
