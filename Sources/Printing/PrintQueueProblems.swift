/// The queues' states as the spooler explains them: asked for at most once per pass and only
/// when a job waits, so a quiet station does not poll CUPS for nothing.
struct PrintQueueProblems {
    let server: PrintServer
    private var queues: [String: PrintQueue]?

    init(server: PrintServer) {
        self.server = server
    }

    /// Reasons a printer gives for not printing (IPP `printer-state-reasons` keywords,
    /// matched without their -error/-warning/-report suffix).
    private static let blockingReasons = [
        "paused", "offline", "media-empty", "media-needed", "media-jam", "door-open", "cover-open",
        "toner-empty", "marker-supply-empty", "input-tray-missing", "connecting-to-device", "shutdown",
        "stopped", "spool-area-full", "other",
    ]

    /// Why a job CUPS holds is not printing, for people; nil when nothing is wrong.
    mutating func problem(for job: PrintJob, queue name: String) -> String? {
        if queues == nil {
            queues = (try? server.queues()).map { Dictionary($0.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
        }
        let message = job.message.map { " (\($0))" } ?? ""
        if let queue = queues?[name] {
            let blocking = queue.reasons.filter { reason in
                Self.blockingReasons.contains { reason.hasPrefix($0) }
            }
            if queue.state == .stopped {
                let why = blocking.isEmpty ? queue.reasons : blocking
                let reasons = why.isEmpty ? "" : " (\(why.joined(separator: ", ")))"
                return "Printer \(name) is stopped\(reasons); job \(job.id) waits. Start it with `cupsenable \(name)` once it is ready."
            }
            if !blocking.isEmpty {
                return "Printer \(name) reports \(blocking.joined(separator: ", "))\(message); job \(job.id) waits."
            }
        }
        switch job.state {
        case .held:
            return "Job \(job.id) on \(name) is held\(message)."
        case .stopped:
            return "CUPS stopped job \(job.id) on \(name)\(message); see the CUPS error log, then restart or cancel the job."
        case .pending, .processing, .canceled, .aborted, .completed:
            break
        }
        if let text = job.message?.lowercased(),
            ["unable to connect", "not responding", "unavailable", "not connected", "offline"].contains(where: text.contains)
        {
            return "Printer \(name) cannot be reached\(message); job \(job.id) waits and is retried."
        }
        return nil
    }
}
