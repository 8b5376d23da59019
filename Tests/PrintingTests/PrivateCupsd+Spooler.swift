import Foundation
import Printing

extension PrivateCupsd {
    /// Runs the spooler's passes until `finished` says so or `timeout` passes, stopping at once
    /// (and throwing "the scheduler crashed") if the scheduler dies meanwhile.
    @discardableResult
    func drain<Store: PrintJobStore>(
        _ spooler: PrintSpooler<Store>, timeout: Duration,
        until finished: @escaping @Sendable (PrintSpoolerStatus) -> Bool = { $0.backlog == 0 }
    ) async throws -> PrintSpoolerStatus {
        let status = await spooler.drain(timeout: timeout) { [self] status in !isAlive || finished(status) }
        try checkAlive("while the spooler sent its jobs")
        return status
    }
}
