/// One situation the kiosk tells the person at the counter about. The router and every job
/// have their own enum of these; each case says what happened and what to do next.
public protocol KioskMessage: Sendable, Hashable {
    var tone: NoticeTone { get }
    func text(_ language: Language) -> String
}
