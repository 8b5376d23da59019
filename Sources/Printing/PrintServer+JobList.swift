internal import CCups

extension PrintServer {
    // MARK: Listing jobs

    /// The jobs of a queue (or of every queue when `queue` is nil), finished ones included
    /// while the scheduler keeps their history, oldest first.
    ///
    /// This is how a station that died between "send" and "remember the job id" finds out
    /// whether its job reached CUPS: it looks for its own job name among these.
    public func jobs(on queue: String? = nil) throws(PrintingError) -> [PrintJob] {
        let connection = try CupsConnection(to: self)
        var list: UnsafeMutablePointer<cups_job_t>?
        // myjobs 0: every user's jobs; a job sent by a previous run as another user still counts.
        let count = cupsGetJobs2(connection.http, &list, queue, 0, CUPS_WHICHJOBS_ALL)
        defer { if count > 0 { cupsFreeJobs(count, list) } }
        guard count >= 0 else {
            if CupsConnection.lastCallFoundNothing() {
                if let queue { throw .queueNotFound(queue, details: CupsConnection.lastErrorMessage()) }
                return []
            }
            throw .requestFailed("Get-Jobs", server: description, details: CupsConnection.lastErrorMessage())
        }
        guard count > 0, let list else { return [] }
        return UnsafeBufferPointer(start: list, count: Int(count)).compactMap { job in
            guard let state = PrintJob.State(rawValue: Int(job.state.rawValue)) else { return nil }
            return PrintJob(
                id: Int(job.id), state: state,
                name: job.title.map { String(cString: $0) },
                queue: job.dest.map { String(cString: $0) })
        }
        .sorted { $0.id < $1.id }
    }

    /// The queue with this name, or nil if the scheduler has none.
    public func queue(named name: String) throws(PrintingError) -> PrintQueue? {
        try queues().first { $0.name == name }
    }
}
