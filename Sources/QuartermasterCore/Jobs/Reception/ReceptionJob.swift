import Foundation

/// Reception (domain §3): visitors sign themselves in at the kiosk with nobody signed in — by
/// scanning their invite, or by typing name, company, host, purpose and an optional phone and
/// accepting the site rules — get a badge, and sign out by scanning it. Staff with the
/// reception role sign in with their badge for what only they may do: print the roll call.
///
/// A walk-up job (`JobCard.walkUp`): the router hands it events while nobody is signed in, and
/// clears it after the idle timeout so no visitor sees what the last one typed.
public struct ReceptionJob: KioskJob {
    public typealias Reply = JobReply<ReceptionNotice, ReceptionEffect>

    public static let card = JobCard(
        mode: .reception, title: KioskText("Reception", "访客登记"), keyLabel: KioskText("Reception", "访客"),
        functionKey: 11, requiredRole: .reception, prompt: ReceptionNotice.welcome, walkUp: true)

    /// Longest name, company or purpose taken from the keyboard.
    public static let fieldLimit = 60
    /// Most hosts listed to pick from; more matches ask for more of the name.
    public static let hostChoices = 5

    /// The walk-in being typed.
    public internal(set) var form: ReceptionForm?
    /// The visitor just signed in, shown until the next visitor starts or the idle timeout.
    public internal(set) var lastPass: VisitPass?
    /// For staff: who was on site when the roll call was last printed.
    public internal(set) var rollCall: [VisitListing]?

    public init() {}

    // MARK: Events

    public mutating func handle(_ event: JobEvent<ReceptionAnswer>, context: JobContext) -> Reply? {
        let caller = Caller(station: context.station, time: context.time, staff: context.person)
        switch event {
        case .scan(let scan): return scanned(scan, caller)
        case .key(let key): return pressed(key, caller)
        case .answer(let answer): return answered(answer, caller)
        }
    }

    public mutating func typed(_ text: String, context: JobContext) -> Reply? {
        typed(text, Caller(station: context.station, time: context.time, staff: context.person))
    }

    public mutating func walkUp(_ event: WalkUpEvent<ReceptionAnswer>, context: WalkUpContext) -> Reply? {
        let caller = Caller(station: context.station, time: context.time, staff: nil)
        switch event {
        case .scan(let scan): return scanned(scan, caller)
        case .key(let key): return pressed(key, caller)
        case .text(let text): return typed(text, caller)
        case .answer(let answer): return answered(answer, caller)
        }
    }

    /// In a form every line is the field asked for; otherwise a line that is no code starts one.
    public var textEntry: TextEntry { form == nil ? .unlessCode : .always }

    /// Enter skips the phone and accepts the rules.
    public var awaitsAccept: Bool {
        switch form?.step {
        case .phone?, .rules?: return true
        case nil: return true  // staff: the roll call; a visitor: nothing happens
        default: return false
        }
    }

    /// A mode change or another person taking over drops the form: it is the visitor's.
    public mutating func interrupt() {
        form = nil
        lastPass = nil
    }

    public var idleDiscard: ReceptionNotice? { form == nil ? nil : .formDropped }

    public func keyHelp(_ language: Language) -> String? {
        let t = { (english: String, chinese: String) in KioskText(english, chinese)(language) }
        switch form?.step {
        case nil: return t("Scan invite or badge · type your name + Enter", "扫描邀请码或访客证 · 输入姓名后按 Enter")
        case .phone?: return t("Enter skip · F4 Back · Esc Cancel", "Enter 跳过 · F4 返回 · Esc 取消")
        case .rules?: return t("Enter accept · F4 Back · Esc Cancel", "Enter 同意 · F4 返回 · Esc 取消")
        default: return t("Type + Enter · F4 Back · Esc Cancel", "输入后按 Enter · F4 返回 · Esc 取消")
        }
    }

    /// Who the event came from: the public (staff nil) or a member of staff signed in.
    struct Caller {
        var station: String
        var time: Date
        var staff: Person?
    }
}
