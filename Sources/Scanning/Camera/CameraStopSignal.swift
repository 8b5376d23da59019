import Synchronization

// MARK: - CameraStopSignal

/// Tells a capture thread, which is blocked in the driver most of the time, to stop after
/// the frame it is waiting for. Shared between the stream's consumer and that thread.
final class CameraStopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    func stop() { stopped.store(true, ordering: .releasing) }

    var isStopped: Bool { stopped.load(ordering: .acquiring) }
}
