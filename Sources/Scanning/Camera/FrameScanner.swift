// MARK: - FrameScanner

/// Everything a camera station does with a frame once it has one: optional prescale, zbar at
/// the configured density (QR in binary mode), then the duplicate window. Kept apart from
/// capture so recorded frames exercise exactly the code a live camera runs.
///
/// Holds a zbar scanner and the filter's memory, so it belongs to one task at a time.
public final class FrameScanner {
    public let configuration: CameraConfiguration
    private let decoder: BarcodeImageDecoder
    private var duplicates: DuplicateFilter<ContinuousClock.Instant>
    private var confirmations: ConfirmationFilter

    /// Checks the numeric settings; the device path is only used by `CameraScanner`.
    public init(configuration: CameraConfiguration = CameraConfiguration()) throws(CameraError) {
        guard (1...100).contains(configuration.density) else {
            throw .invalidConfiguration("a scan density of \(configuration.density) is outside 1…100")
        }
        guard configuration.duplicateWindow >= .zero else {
            throw .invalidConfiguration("a duplicate window of \(configuration.duplicateWindow) is negative")
        }
        do throws(ImageDecodingError) {
            decoder = try BarcodeImageDecoder(density: configuration.density)
        } catch {
            throw .deviceUnusable(path: configuration.device, reason: error.description)
        }
        self.configuration = configuration
        duplicates = DuplicateFilter(window: configuration.duplicateWindow)
        confirmations = ConfirmationFilter(frames: configuration.confirmationFrames)
    }

    /// The codes in `frame` worth reporting at `time`: what zbar reads, linear codes only once
    /// read in enough consecutive frames, minus codes seen within the duplicate window.
    public func scan(frame: GrayImage, at time: ContinuousClock.Instant) -> [DecodedSymbol] {
        duplicates.admit(confirmations.admit(decode(frame: frame)), at: time)
    }

    /// What zbar reads in `frame` after prescaling, before the duplicate window: for
    /// benchmarks and diagnostics.
    public func decode(frame: GrayImage) -> [DecodedSymbol] {
        decoder.decode(configuration.prescale ? frame.halved() : frame)
    }
}

@available(*, unavailable, message: "a zbar scanner must not be shared between threads")
extension FrameScanner: Sendable {}
