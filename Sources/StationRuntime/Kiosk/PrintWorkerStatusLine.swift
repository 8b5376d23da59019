public import Printing
public import QuartermasterCore

/// The line the kiosk shows under its status bar while print jobs wait, so the keeper knows
/// the slip is coming (or why not) without leaving the counter. Nil when all has printed.
public struct PrintWorkerStatusLine {
    public var text: String
    /// Whether something is wrong (shown as a warning) rather than merely in progress.
    public var isProblem: Bool

    public init?(_ status: PrintSpoolerStatus, language: Language) {
        guard status.needsAttention else { return nil }
        let zh = language == .simplifiedChinese
        var text = zh ? " 打印：\(status.backlog) 项等待中" : " Printing: \(status.backlog) waiting"
        if let problem = status.problem { text += " · " + problem }
        self.text = text
        isProblem = status.problem != nil
    }
}
