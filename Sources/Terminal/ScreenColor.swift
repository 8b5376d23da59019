/// The eight basic ANSI colours: the only ones the Linux console draws, so the only ones the
/// kiosk uses. Raw values are the SGR foreground offsets (30 + value).
public enum ScreenColor: Int, Sendable, Hashable, CaseIterable {
    case black = 0
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
}
