internal import Logging
internal import ServiceLifecycle
internal import Sync

/// The sync client of an enrolled station: pushes the journal and pulls reference data on its
/// own reads, with backoff while the centre is unreachable, until the group shuts down (a push
/// cut short resends at worst what the centre skips: its mark comes only from the centre).
struct SyncService: Service {
    let client: SyncClient
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await client.runForever()
        }
        logger.debug("sync client stopped")
    }
}
