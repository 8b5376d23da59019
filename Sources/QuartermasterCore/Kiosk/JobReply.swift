/// A job's answer to one event: what to tell the person, what the engine should do, and
/// which sound to make, if any. Tests compare whole replies, so every notice and effect is asserted.
public struct JobReply<Notice: KioskMessage, Effect: JobEffect>: Sendable, Hashable {
    /// Replaces the notice on the screen; nil keeps the one there.
    public var notice: Notice?
    public var effects: [Effect]
    /// The sound the terminal plays with the notice; nil is silence.
    public var cue: KioskCue?

    public init(notice: Notice? = nil, effects: [Effect] = [], cue: KioskCue? = nil) {
        self.notice = notice
        self.effects = effects
        self.cue = cue
    }

    /// Nothing to say or do.
    public static var quiet: Self { Self() }

    public static func say(_ notice: Notice) -> Self { Self(notice: notice) }

    /// Something was refused: tell the person and ring.
    public static func refuse(_ notice: Notice) -> Self { Self(notice: notice, cue: .attention) }

    /// Something needs the person's attention (not an error): tell them and ring, with the plain
    /// bell or a cue of its own.
    public static func alert(_ notice: Notice, cue: KioskCue = .attention) -> Self { Self(notice: notice, cue: cue) }

    public static func perform(_ effect: Effect) -> Self { Self(effects: [effect]) }
}
