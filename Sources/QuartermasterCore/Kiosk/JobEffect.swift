/// Something a job asks the outside world to do; the engine performs it through the job's
/// `perform` and feeds the answer back.
public protocol JobEffect: Sendable, Hashable {
    /// True for a write the person must wait for: the router refuses scans and keys with
    /// "Recording…" and the idle timer waits until the answer is back.
    var isRecording: Bool { get }
}
