internal import Dispatch
internal import Logging
internal import Printing
internal import ServiceLifecycle
internal import Station
internal import Storage

/// The print worker for the station's lifetime: sends queued slips, labels and badges to CUPS
/// and follows them (`PrintSpooler`, whose passes run on its own queue).
///
/// No polling when idle: with nothing waiting it sleeps until the kiosk queues a job
/// (`kick()`) or five minutes pass (a job queued by another command on this database); while
/// jobs wait, a pass a second. On shutdown the pass under way finishes and is awaited, then the
/// loop ends: every job's state is in the database, so the next start picks up where this one
/// stopped (a job sent and not confirmed is adopted, never sent twice).
struct PrintSpoolerService: Service {
    let spooler: PrintSpooler<PrintWorkerStore>
    let metrics: StationMetrics
    let logger: Logger
    /// Told when the status the kiosk shows changes (backlog, problem).
    let statusChanged: @Sendable () -> Void
    let wakeup = Wakeup()
    /// With nothing to print: how long until the next look.
    var idleInterval: Duration = .seconds(300)
    /// While jobs wait: how often to follow them.
    var busyInterval: Duration = .seconds(1)

    /// Asks for a pass now (a job was just queued).
    func kick() { wakeup.signal() }

    func run() async throws {
        let database = spooler.store.database
        let reads = DispatchQueue(label: "quartermaster.print-metrics")
        var lastProblem: String?
        var lastBacklog = 0
        await withGracefulShutdownHandler {
            while !Task.isShuttingDownGracefully, !Task.isCancelled {
                let status = await spooler.passOffThePool()
                if status.problem != lastProblem || status.backlog != lastBacklog { statusChanged() }
                lastBacklog = status.backlog
                if status.problem != lastProblem {
                    if let problem = status.problem { logger.warning("printing: \(problem)", metadata: ["backlog": "\(status.backlog)"]) }
                    else if lastProblem != nil { logger.info("printing: resumed") }
                    lastProblem = status.problem
                }
                let counts = await OffThePool.run(on: reads) { try? database.printJobCountsByState() }
                if let counts { metrics.recordPrintJobs(counts) }
                if Task.isShuttingDownGracefully { break }
                await wakeup.wait(upTo: status.backlog > 0 ? busyInterval : idleInterval)
            }
        } onGracefulShutdown: { [wakeup] in
            wakeup.signal()
        }
        logger.debug("print spooler stopped", metadata: ["backlog": "\(spooler.status.backlog)"])
    }
}
