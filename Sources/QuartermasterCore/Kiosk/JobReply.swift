/// A job's answer to one event: what to tell the person, what the engine should do, and
/// whether to ring. Tests compare whole replies, so every notice and effect is asserted.
public struct JobReply<Notice: KioskMessage, Effect: JobEffect>: Sendable, Hashable {
    /// Replaces the notice on the screen; nil keeps the one there.
    public var notice: Notice?
    public var effects: [Effect]
    public var bell: Bool

    public init(notice: Notice? = nil, effects: [Effect] = [], bell: Bool = false) {
        self.notice = notice
        self.effects = effects
        self.bell = bell
    }

    /// Nothing to say or do.
    public static var quiet: Self { Self() }

    public static func say(_ notice: Notice) -> Self { Self(notice: notice) }

    /// Something was refused: tell the person and ring.
    public static func refuse(_ notice: Notice) -> Self { Self(notice: notice, bell: true) }

    /// Something needs the person's attention (not an error): tell them and ring.
    public static func alert(_ notice: Notice) -> Self { Self(notice: notice, bell: true) }

    public static func perform(_ effect: Effect) -> Self { Self(effects: [effect]) }
}
