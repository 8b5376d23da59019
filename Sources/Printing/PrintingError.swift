/// Why talking to the print server failed, in words a person at the station can act on.
///
/// A struct around a private enum (the Hummingbird/ServiceLifecycle shape) so new failure
/// kinds do not break callers. Equality compares the kind and what it names (server, queue,
/// job), not the diagnostic text libcups or the system adds.
public struct PrintingError: Error, Hashable, Sendable, CustomStringConvertible {
    // MARK: Kinds

    private enum Code: Hashable, Sendable {
        case serverUnreachable(server: String)
        case requestFailed(operation: String, server: String)
        case queueNotFound(queue: String)
        case jobNotFound(job: Int)
        case documentRejected(queue: String)
        case submissionUncertain(queue: String, job: Int)
    }

    private let code: Code
    /// What libcups or the system said (errno text, IPP status message); ignored by `==`.
    private let details: String?

    private init(_ code: Code, details: String? = nil) {
        self.code = code
        self.details = details
    }

    // MARK: Making errors

    /// Nobody answered at the server's address (cupsd not running, wrong socket or port).
    public static func serverUnreachable(_ server: String) -> Self {
        Self(.serverUnreachable(server: server))
    }

    static func serverUnreachable(_ server: String, details: String?) -> Self {
        Self(.serverUnreachable(server: server), details: details)
    }

    /// The server answered but refused or failed an operation (e.g. "CUPS-Get-Printers").
    public static func requestFailed(_ operation: String, server: String) -> Self {
        Self(.requestFailed(operation: operation, server: server))
    }

    static func requestFailed(_ operation: String, server: String, details: String?) -> Self {
        Self(.requestFailed(operation: operation, server: server), details: details)
    }

    /// The server has no queue with this name.
    public static func queueNotFound(_ queue: String) -> Self {
        Self(.queueNotFound(queue: queue))
    }

    static func queueNotFound(_ queue: String, details: String?) -> Self {
        Self(.queueNotFound(queue: queue), details: details)
    }

    /// The server has no job with this id (any more).
    public static func jobNotFound(_ job: Int) -> Self {
        Self(.jobNotFound(job: job))
    }

    /// The queue did not accept the document (stopped accepting jobs, or a format it
    /// cannot convert).
    public static func documentRejected(queue: String) -> Self {
        Self(.documentRejected(queue: queue))
    }

    static func documentRejected(queue: String, details: String?) -> Self {
        Self(.documentRejected(queue: queue), details: details)
    }

    /// Sending the document failed after CUPS created job `job`, and CUPS did not confirm
    /// cancelling it: the job may still print, so it is followed rather than sent again.
    public static func submissionUncertain(queue: String, job: Int) -> Self {
        Self(.submissionUncertain(queue: queue, job: job))
    }

    static func submissionUncertain(queue: String, job: Int, details: String?) -> Self {
        Self(.submissionUncertain(queue: queue, job: job), details: details)
    }

    /// The CUPS job a `submissionUncertain` error is about; nil for every other kind.
    public var uncertainJobID: Int? {
        if case let .submissionUncertain(_, job) = code { return job }
        return nil
    }

    // MARK: Equality ignores the diagnostic details

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    // MARK: For people

    public var description: String {
        let message: String
        switch code {
        case let .serverUnreachable(server):
            message = """
                Cannot reach the print server at \(server)\(detailSuffix). Is CUPS running? \
                Start it with `sudo systemctl start cups` (or, for tests, \
                `scripts/cupsd-test start DIR` and `export CUPS_SERVER=DIR/cups.sock`), \
                and check the CUPS_SERVER setting.
                """
        case let .requestFailed(operation, server):
            message = """
                The print server at \(server) refused \(operation)\(detailSuffix). \
                Check its error log (/var/log/cups/error_log, or DIR/log/error_log for a \
                test server).
                """
        case let .queueNotFound(queue):
            message = """
                There is no printer queue named "\(queue)"\(detailSuffix). \
                List the queues with `lpstat -p` and check the station's printer setting.
                """
        case let .jobNotFound(job):
            message = "The print server no longer knows job \(job)\(detailSuffix)."
        case let .documentRejected(queue):
            message = """
                The printer queue "\(queue)" did not accept the document\(detailSuffix). \
                Check that it is enabled and accepting jobs (`cupsenable \(queue)`, \
                `cupsaccept \(queue)`).
                """
        case let .submissionUncertain(queue, job):
            message = """
                Sending to "\(queue)" broke off after CUPS created job \(job)\(detailSuffix), and CUPS did \
                not confirm cancelling it. The station follows job \(job) instead of sending the document \
                again; check the printer, and `cancel \(queue)-\(job)` if it should not print.
                """
        }
        return message
    }

    private var detailSuffix: String {
        guard let details, !details.isEmpty else { return "" }
        return " (\(details))"
    }
}
