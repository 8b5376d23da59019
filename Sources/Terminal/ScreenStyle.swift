/// How a run of text is drawn, limited to what every target terminal shows the same way:
/// bold, reverse video and a basic foreground colour.
public struct ScreenStyle: Sendable, Hashable {
    public var isBold: Bool
    /// Reverse video: the usual way to mark a selected line or a status bar on a console.
    public var isReversed: Bool
    /// `nil` keeps the terminal's own foreground.
    public var foreground: ScreenColor?

    public init(isBold: Bool = false, isReversed: Bool = false, foreground: ScreenColor? = nil) {
        self.isBold = isBold
        self.isReversed = isReversed
        self.foreground = foreground
    }

    // MARK: Common styles

    public static let plain = ScreenStyle()
    public static let bold = ScreenStyle(isBold: true)
    public static let reverse = ScreenStyle(isReversed: true)

    /// This style with `color` as the foreground, e.g. `.bold.colored(.red)` for an error.
    public func colored(_ color: ScreenColor) -> ScreenStyle {
        var style = self
        style.foreground = color
        return style
    }
}
