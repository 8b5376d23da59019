/// How the engine reads a typed line while a job waits for typed text (a visitor's name, a
/// phone number) rather than a code: a visitor called "100231" is not a badge, a phone number
/// is not a quantity.
public enum TextEntry: Sendable, Hashable {
    /// Every line is a scan (the storeroom jobs).
    case none
    /// A line the station recognises as a code (a registered badge, item, requisition, asset or
    /// location, a mode card, or a visitor invite or badge by its pattern) is a scan; any other
    /// line is text. For a screen where a visitor may start typing or scan.
    case unlessCode
    /// Only a line matching the visitor invite or visitor badge pattern exactly is a scan;
    /// everything else, even a registered badge number, is text. For the middle of a form.
    case always
}
