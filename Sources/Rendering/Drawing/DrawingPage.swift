// MARK: - DrawingPage

/// One sheet (or one length of roll paper) and everything drawn on it.
struct DrawingPage: Sendable, Hashable {
    var size: Size
    var commands: [DrawingCommand]
}
