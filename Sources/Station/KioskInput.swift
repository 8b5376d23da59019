public import QuartermasterCore

/// Input as the kiosk engine sees it: typed (or wedge-scanned) characters and commands.
/// The terminal adapter maps its keys onto these.
public enum KioskInput: Sendable, Hashable {
    case character(Character)
    case enter
    case backspace
    case command(KioskKey)
}
