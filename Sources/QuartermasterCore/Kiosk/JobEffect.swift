/// Something a job asks the outside world to do; the engine performs it through the job's
/// `perform` and feeds the answer back.
public protocol JobEffect: Sendable, Hashable {
    /// True for a write the person must wait for: the router refuses scans and keys with
    /// "Recording…" and the idle timer waits until the answer is back.
    var isRecording: Bool { get }
    /// True for work that may wait until the screen has answered the person (a slip whose
    /// record is already safe in the store): the engine performs it right after the redraw,
    /// so the counter's answer never waits for it.
    var canFollowTheScreen: Bool { get }
}

extension JobEffect {
    public var canFollowTheScreen: Bool { false }
}
