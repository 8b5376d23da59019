import Foundation

// MARK: - CameraScanner

/// Reads codes from a V4L2 camera through zbar's video API: each frame goes through a
/// `FrameScanner`, so prescale, density and the duplicate window behave exactly as they do on
/// recorded frames in tests. Capture blocks, so `scans` runs it on a thread of its own.
public final class CameraScanner {
    private let video: ZbarVideo
    private let frameScanner: FrameScanner
    private let clock: ContinuousClock

    /// Opens the configured camera and starts capture; a missing or unusable device is a
    /// `CameraError` that tells the admin what to check.
    public init(configuration: CameraConfiguration, clock: ContinuousClock = ContinuousClock()) throws(CameraError) {
        frameScanner = try FrameScanner(configuration: configuration)
        video = try ZbarVideo(device: configuration.device, pixelFormat: configuration.pixelFormat)
        self.clock = clock
    }

    /// Waits for the next frame and returns the codes in it worth reporting (often none).
    public func nextCodes() throws(CameraError) -> [DecodedSymbol] {
        let frame = try video.nextFrame()
        return frameScanner.scan(frame: frame, at: clock.now)
    }

    /// Every reported code, until the stream's consumer stops or capture fails. The camera is
    /// opened on the capture thread and closed when the stream ends; an open failure ends the
    /// stream with its `CameraError`.
    public static func scans(configuration: CameraConfiguration) -> AsyncThrowingStream<DecodedSymbol, any Error> {
        let (stream, continuation) = AsyncThrowingStream<DecodedSymbol, any Error>.makeStream()
        let signal = CameraStopSignal()
        continuation.onTermination = { _ in signal.stop() }
        let thread = Thread {
            do throws(CameraError) {
                let scanner = try CameraScanner(configuration: configuration)
                while !signal.isStopped {
                    for symbol in try scanner.nextCodes() { continuation.yield(symbol) }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        thread.name = "camera \(configuration.device)"
        thread.start()
        return stream
    }
}

@available(*, unavailable, message: "a zbar video source must not be shared between threads")
extension CameraScanner: Sendable {}
