// MARK: - PageFlow

/// Stacks blocks down the page and starts a new page when the next block does not fit, the
/// way a word processor does. On roll paper there is no page bottom: the page ends where the
/// content does.
struct PageFlow {
    let width: Double
    /// Nil on roll paper.
    let height: Double?
    let margin: Double
    /// Space kept free at the foot of each sheet for the page number.
    let footer: Double

    private(set) var pages: [[DrawingCommand]] = []
    private var commands: [DrawingCommand] = []
    /// Where the next block starts, in mm from the top of the current page.
    private(set) var y: Double

    init(width: Double, height: Double?, margin: Double, footer: Double) {
        self.width = width
        self.height = height
        self.margin = margin
        self.footer = footer
        self.y = margin
    }

    // MARK: Geometry

    var left: Double { margin }
    var contentWidth: Double { width - 2 * margin }
    /// The last y content may reach on this page.
    var bottom: Double { height.map { $0 - margin - footer } ?? .infinity }

    /// Whether a block `height` tall fits below the cursor.
    func fits(_ blockHeight: Double) -> Bool { y + blockHeight <= bottom }

    /// True when nothing has been placed on this page yet.
    var pageIsEmpty: Bool { commands.isEmpty }

    // MARK: Placing

    mutating func add(_ command: DrawingCommand) { commands.append(command) }
    mutating func add(_ newCommands: [DrawingCommand]) { commands += newCommands }
    mutating func advance(by distance: Double) { y += distance }

    /// Moves to the top of a fresh page (a no-op on roll paper, which never breaks).
    mutating func breakPage() {
        guard height != nil else { return }
        pages.append(commands)
        commands = []
        y = margin
    }

    /// Breaks the page unless `blockHeight` fits here; a block taller than a whole page is
    /// placed anyway rather than looping forever.
    mutating func ensureRoom(for blockHeight: Double) {
        if !fits(blockHeight), !pageIsEmpty { breakPage() }
    }

    /// Closes the last page and returns all of them with their sizes.
    mutating func finish() -> [(size: Size, commands: [DrawingCommand])] {
        pages.append(commands)
        commands = []
        let pageHeight = height ?? (y + margin)
        return pages.map { (Size(width: width, height: pageHeight), $0) }
    }
}
