/// Why a visit could not move on (sign in, sign out). Said to the visitor as it is: none of
/// these gives away another visitor's data.
public enum VisitRefusal: Error, Sendable, Hashable {
    /// The invite was used already: once only. `time` is the sign-in's time of day ("09:12").
    case alreadySignedIn(time: String)
    /// The invite is for another day.
    case wrongDay(expected: CalendarDate)
    /// No invite has this code.
    case unknownInvite
    /// The badge's visit is over, or no visit has this badge: a lost badge opens nothing.
    case badgeDead
    /// The invite was closed without a visit (turned away, or a no-show).
    case inviteClosed
    /// The host named on the visit is not (or no longer) with the office.
    case hostUnavailable

    public func text(_ language: Language) -> String {
        let zh = language == .simplifiedChinese
        switch self {
        case .alreadySignedIn(let time):
            return zh ? "此邀请码已于 \(time) 签到使用，不能再次使用。请到前台。" : "This invite was already signed in at \(time); it works once. Please see reception."
        case .wrongDay(let expected):
            return zh ? "此邀请码仅在 \(expected) 当天有效。请到前台。" : "This invite is valid on \(expected) only. Please see reception."
        case .unknownInvite:
            return zh ? "无法识别此邀请码。请到前台。" : "This invite code is not known here. Please see reception."
        case .badgeDead:
            return zh ? "此访客证已无效（已签退或未登记），不能签退任何访问。" : "This badge signs nothing out: its visit is already closed, or it is not ours."
        case .inviteClosed:
            return zh ? "此邀请已关闭。请到前台。" : "This invite is closed. Please see reception."
        case .hostUnavailable:
            return zh ? "接待人不在职，无法登记。请到前台。" : "The host is not with the office any more. Please see reception."
        }
    }
}
