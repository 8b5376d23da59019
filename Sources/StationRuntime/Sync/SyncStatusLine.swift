internal import Foundation
internal import QuartermasterCore
internal import Sync

/// The sync client's state under the kiosk's status bar: nothing while all is sent, else the
/// state, how many events wait and how old the oldest is, so a keeper sees a link that has
/// been down for days (the centre lacks those days' pickups) without leaving the counter.
struct SyncStatusLine {
    var text: String
    var isProblem: Bool

    init?(_ status: SyncStatus, language: Language, now: Date) {
        guard status.backlog > 0 || status.state == .refused else { return nil }
        let zh = language == .simplifiedChinese
        let state = switch status.state {
        case .idle: zh ? "待发送" : "waiting"
        case .sending: zh ? "发送中" : "sending"
        case .offline: zh ? "离线" : "offline"
        case .refused: zh ? "被中心拒绝" : "refused by the centre"
        }
        var text = zh ? " 同步：\(state)，\(status.backlog) 条未确认" : " Sync: \(state), \(status.backlog) unsent"
        if let oldest = status.oldestUnsent {
            let age = Self.age(now.timeIntervalSince(oldest), zh: zh)
            text += zh ? "，最早的 \(age)前" : ", oldest \(age) old"
        }
        if status.state == .refused, let problem = status.problem { text += " · " + TerminalText.escaped(problem) }
        self.text = text
        isProblem = status.state == .refused || status.state == .offline
    }

    /// Seconds as the largest whole unit: 40 s, 12 min, 5 h, 3 d.
    static func age(_ seconds: TimeInterval, zh: Bool) -> String {
        let whole = max(0, Int(seconds))
        let (value, unit): (Int, String) = switch whole {
        case ..<60: (whole, zh ? "秒" : " s")
        case ..<3_600: (whole / 60, zh ? "分钟" : " min")
        case ..<86_400: (whole / 3_600, zh ? "小时" : " h")
        default: (whole / 86_400, zh ? "天" : " d")
        }
        return "\(value)\(unit)"
    }
}
