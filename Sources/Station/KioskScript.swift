public import QuartermasterCore

/// A kiosk session written down: one scan per line, `@command` lines for keys, `#` comments.
/// Used to run the kiosk without a terminal (tests, demos, replays of a day's work). Each job's
/// mode name is a directive too (`@pickup`, `@receive`), taken from the router's jobs.
public enum KioskScript {
    public enum Step: Sendable, Hashable {
        case scan(String)
        case input(KioskInput)
    }

    /// The step a line stands for; nil for blank lines and comments.
    public static func step(_ line: Substring, modes: [KioskMode]) -> Step? {
        let text = String(line).trimmingWhitespace()
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        guard text.hasPrefix("@") else { return .scan(text) }
        let directive = text.lowercased()
        switch directive.dropFirst() {
        case "accept", "enter": return .input(.command(.accept))
        case "undo": return .input(.command(.undo))
        case "cancel", "esc": return .input(.command(.cancel))
        case "signout", "sign-out": return .input(.command(.signOut))
        default:
            if let mode = modes.first(where: { $0.directive == directive }) { return .input(.command(.switchMode(mode))) }
            return .scan(text)
        }
    }
}
