/// One key press as the kiosk sees it, whatever terminal produced it.
///
/// The Linux console, xterm-style emulators and VT220-style serial terminals encode the same
/// keys differently; `KeyDecoder` folds them all into these cases so flows never see escape
/// sequences.
public enum Key: Sendable, Hashable {
    /// Printable text: one character, assembled from UTF-8. Bytes that are not valid UTF-8
    /// arrive as U+FFFD so a garbled serial line still shows that something was typed.
    case character(Character)
    /// Return or Enter (CR or LF; a CR LF pair counts once).
    case enter
    case tab
    /// Backspace (DEL or BS, depending on the terminal's setting).
    case backspace
    /// A lone Escape press, reported once the terminal has been silent long enough to tell it
    /// from the start of an escape sequence.
    case escape
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case insert
    case delete
    /// A function key, F1 through F12.
    case function(Int)
    /// Ctrl held with a letter (lowercase `a`–`z`) or with `@ \ ] ^ _`. Ctrl+H, Ctrl+I, Ctrl+J
    /// and Ctrl+M produce the same bytes as Backspace, Tab and Enter and are reported as those.
    /// Ctrl+C arrives here too: the terminal runs without signal keys, so the kiosk decides.
    case control(Character)
}
