internal import CCups

extension PrintServer {
    // MARK: Listing queues

    /// The queues the scheduler has, with their state, in the scheduler's order.
    ///
    /// Opens a connection for this call and closes it after. Saved instances from
    /// lpoptions (`queue/instance`) are left out: they are option presets, not queues. A
    /// queue whose state the server did not report is shown as stopped, so nothing is
    /// sent to it on a guess.
    public func queues() throws(PrintingError) -> [PrintQueue] {
        let connection = try CupsConnection(to: self)
        var destinations: UnsafeMutablePointer<cups_dest_t>?
        let count = cupsGetDests2(connection.http, &destinations)
        defer { cupsFreeDests(count, destinations) }

        guard count > 0, let destinations else {
            if CupsConnection.lastCallSucceeded() || CupsConnection.lastCallFoundNothing() {
                return []
            }
            throw .requestFailed(
                "CUPS-Get-Printers", server: description, details: CupsConnection.lastErrorMessage())
        }

        return UnsafeBufferPointer(start: destinations, count: Int(count))
            .filter { $0.instance == nil }
            .map(PrintQueue.init(destination:))
    }
}
