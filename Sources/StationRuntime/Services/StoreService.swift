internal import Dispatch
internal import Logging
internal import ServiceLifecycle
internal import Storage

/// The station database for the station's lifetime: opened before the group starts, closed
/// last, after every service that writes to it has stopped (the first service of the group is
/// the last one shut down), so the WAL is checkpointed and the file left whole.
struct StoreService: Service {
    let database: StationDatabase
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        let database = database
        let problem = await OffThePool.run(on: DispatchQueue(label: "quartermaster.store-close")) { () -> String? in
            do { try database.close() } catch { return "\(error)" }
            return nil
        }
        if let problem { logger.error("closing the station database: \(problem)") } else { logger.debug("station database closed") }
    }
}
