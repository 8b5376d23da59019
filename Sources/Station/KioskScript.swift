import QuartermasterCore

/// A kiosk session written down: one scan per line, `@command` lines for keys, `#` comments.
/// Used to run the kiosk without a terminal (tests, demos, replays of a day's work).
public enum KioskScript {
    public enum Step: Sendable, Hashable {
        case scan(String)
        case input(KioskInput)
    }

    /// The step a line stands for; nil for blank lines and comments.
    public static func step(_ line: Substring) -> Step? {
        let text = String(line).trimmingWhitespace()
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        guard text.hasPrefix("@") else { return .scan(text) }
        switch text.dropFirst().lowercased() {
        case "accept", "enter": return .input(.command(.accept))
        case "undo": return .input(.command(.undo))
        case "cancel", "esc": return .input(.command(.cancel))
        case "signout", "sign-out": return .input(.command(.signOut))
        case "pickup": return .input(.command(.switchMode(.pickup)))
        case "receive": return .input(.command(.switchMode(.receive)))
        case "return": return .input(.command(.switchMode(.return)))
        default: return .scan(text)
        }
    }
}
