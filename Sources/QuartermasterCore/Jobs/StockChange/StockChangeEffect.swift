/// What receiving and returns ask the engine to do.
public enum StockChangeEffect: JobEffect {
    /// Record goods coming onto the shelf; answered with `.recorded` or `.refused`.
    case record(StockChange)

    public var isRecording: Bool { true }
}
