/// How a piece of screen text should look; the terminal maps these onto its few attributes.
public enum ViewStyle: Sendable, Hashable {
    case plain
    case status
    case heading
    case dim
    case success
    case warning
    case error
    case input
}

/// One row of the kiosk screen as pieces of styled text. Widths are in terminal columns.
public struct ViewRow: Sendable, Hashable {
    public var segments: [Segment]

    public struct Segment: Sendable, Hashable {
        public var text: String
        public var style: ViewStyle
        public init(_ text: String, _ style: ViewStyle = .plain) {
            self.text = text
            self.style = style
        }
    }

    public init(_ segments: [Segment]) { self.segments = segments }
    public init(_ text: String, _ style: ViewStyle = .plain) { self.segments = [Segment(text, style)] }

    public static let empty = ViewRow([])

    /// The row's text without styles, as a test or a log reads it.
    public var text: String { segments.map(\.text).joined() }
}
