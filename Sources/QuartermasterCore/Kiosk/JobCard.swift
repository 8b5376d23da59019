/// What the router knows about a job without knowing the job: the name on its mode card, the
/// function key that switches to it, the role a person needs to work in it, and its words for
/// the status line, the key help and the first prompt.
public struct JobCard: Sendable, Hashable {
    public var mode: KioskMode
    /// Shown in the status line and in "Mode: …" ("Receiving", "入库").
    public var title: KioskText
    /// Shown in the key help beside the function key ("F2 Receive", "F2 入库").
    public var keyLabel: KioskText
    /// The function key (F1…F12) that switches to this job; F4, F5 and F10 are the router's.
    public var functionKey: Int
    public var requiredRole: Role
    /// What the screen asks for when the job has nothing under way.
    public var prompt: KioskNotice
    /// True for a job people use without signing in (reception: a visitor walks up). The router
    /// gives it events through `KioskJob.walkUp` while nobody is signed in, keeps mode changes
    /// for staff, and clears it after the idle timeout so the next visitor sees nothing left.
    public var walkUp: Bool

    public init(mode: KioskMode, title: KioskText, keyLabel: KioskText, functionKey: Int, requiredRole: Role, prompt: some KioskMessage, walkUp: Bool = false) {
        self.mode = mode
        self.title = title
        self.keyLabel = keyLabel
        self.functionKey = functionKey
        self.requiredRole = requiredRole
        self.prompt = KioskNotice(prompt)
        self.walkUp = walkUp
    }

    /// Keys the router keeps for itself: undo, accept, sign out.
    public static let routerKeys: Set<Int> = [4, 5, 10]
}
