/// A run of text in one style within a screen row.
///
/// The text is whatever the flow wants to show, including scanned or imported data: the
/// renderer escapes control characters in it, so it cannot inject terminal sequences.
public struct ScreenSegment: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var style: ScreenStyle

    public init(_ text: String, style: ScreenStyle = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}
