/// The sound a reply asks for, so that a person not looking at the screen (an auditor with the
/// scanner in one hand, reaching under a desk) still knows what the scan was. The core only says
/// which cue; the terminal adapter decides how each one sounds on the terminal it drives.
public enum KioskCue: Sendable, Hashable, CaseIterable {
    /// Refused, or needs attention: the terminal's plain bell, what every job rang before there
    /// were cues.
    case attention
    /// Taken as expected (a count: found in place).
    case accepted
    /// Found, but registered somewhere else.
    case moved
    /// Not in the register at all.
    case surplus
    /// Already taken: said so, nothing new recorded.
    case duplicate
    /// Flagged: the register says it should not turn up (a disposed asset).
    case flagged
}
