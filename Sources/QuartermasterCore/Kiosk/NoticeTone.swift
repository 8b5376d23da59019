/// How a notice should look and sound.
public enum NoticeTone: Sendable, Hashable {
    case info
    case success
    case warning
    case error
}
