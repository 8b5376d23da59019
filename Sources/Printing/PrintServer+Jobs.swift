internal import CCups

extension PrintServer {
    // MARK: Submitting

    /// Sends one document to a queue as a new job and returns the job's id.
    ///
    /// Uses Create-Job then Send-Document on a connection of its own, streaming the bytes,
    /// so the call works from any task. If sending fails after the job exists, the job is
    /// canceled so no half-sent label waits in the queue; if CUPS does not confirm that
    /// cancel, the error is `submissionUncertain` with the job's id, since the job may still
    /// print and must be followed, not sent again.
    ///
    /// `title` becomes the `job-name` people see in `lpstat`; the `document-name` is
    /// `documentName` (or the title) reduced to letters, digits, `.`, `_` and `-`
    /// (`PrintServer.safeDocumentName`): Debian's cupsd 2.4.2-3+deb12u10 crashes on a
    /// document name holding a space, a quote or a backslash, and an office's cupsd often
    /// serves its desks too.
    ///
    /// `options` are IPP job template attributes as `lp -o` takes them, e.g.
    /// `["media": "w288h432", "copies": "2"]`; names the queue does not know are ignored
    /// by the scheduler.
    public func submit(
        _ document: [UInt8], format: PrintDocumentFormat, title: String, documentName: String? = nil,
        to queue: String, options: [String: String] = [:]
    ) throws(PrintingError) -> Int {
        let documentName = Self.safeDocumentName(documentName ?? title)
        let connection = try CupsConnection(to: self)
        var optionCount: Int32 = 0
        var optionList: UnsafeMutablePointer<cups_option_t>?
        for (name, value) in options.sorted(by: { $0.key < $1.key }) {
            optionCount = cupsAddOption(name, value, optionCount, &optionList)
        }
        defer { cupsFreeOptions(optionCount, optionList) }
        let jobID = Int(cupsCreateJob(connection.http, queue, title, optionCount, optionList))
        guard jobID > 0 else {
            let details = CupsConnection.lastErrorMessage()
            // libcups reports a missing queue as an internal error ("No such file or
            // directory"), so ask whether the queue exists before blaming the queue.
            guard let destination = cupsGetNamedDest(connection.http, queue, nil) else {
                throw .queueNotFound(queue, details: nil)
            }
            cupsFreeDests(1, destination)
            throw .documentRejected(queue: queue, details: details)
        }

        let started =
            cupsStartDocument(connection.http, queue, Int32(jobID), documentName, format.rawValue, 1)
            == HTTP_STATUS_CONTINUE
        let sent =
            started
            && document.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    let chunk = 64 * 1024
                    return stride(from: 0, to: chars.count, by: chunk).allSatisfy { offset in
                        let slice = UnsafeBufferPointer(
                            rebasing: chars[offset..<min(offset + chunk, chars.count)])
                        return cupsWriteRequestData(connection.http, slice.baseAddress, slice.count)
                            == HTTP_STATUS_CONTINUE
                    }
                }
            }
        // Finishing reads the scheduler's answer, so it runs whenever the request started,
        // even after a failed write.
        let accepted = started && cupsFinishDocument(connection.http, queue).rawValue
            <= IPP_STATUS_OK_EVENTS_COMPLETE.rawValue
        guard sent, accepted else {
            let details = CupsConnection.lastErrorMessage()
            guard cancel(jobID, on: queue, using: connection) else {
                throw .submissionUncertain(queue: queue, job: jobID, details: details)
            }
            throw .documentRejected(queue: queue, details: details)
        }
        return jobID
    }

    // MARK: Cancelling

    /// Cancels a job and says whether CUPS confirmed it. A job that printed already, or a
    /// scheduler that does not answer, gives false: the job may print.
    public func cancel(_ jobID: Int, on queue: String) -> Bool {
        guard let connection = try? CupsConnection(to: self) else { return false }
        return cancel(jobID, on: queue, using: connection, retryingOnNewConnection: false)
    }

    /// Cancels on `connection`, and once more on a fresh connection if that one failed (a
    /// timed-out or broken connection cannot carry the request).
    private func cancel(
        _ jobID: Int, on queue: String, using connection: CupsConnection, retryingOnNewConnection: Bool = true
    ) -> Bool {
        if cupsCancelJob2(connection.http, queue, Int32(jobID), 0).rawValue <= IPP_STATUS_OK_EVENTS_COMPLETE.rawValue {
            return true
        }
        guard retryingOnNewConnection, let fresh = try? CupsConnection(to: self) else { return false }
        return cupsCancelJob2(fresh.http, queue, Int32(jobID), 0).rawValue <= IPP_STATUS_OK_EVENTS_COMPLETE.rawValue
    }

    // MARK: Following a job

    /// The job's current state, from Get-Job-Attributes.
    public func job(_ id: Int) throws(PrintingError) -> PrintJob {
        let connection = try CupsConnection(to: self)
        guard let request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES) else {
            throw .requestFailed("Get-Job-Attributes", server: description, details: "out of memory")
        }
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nil, "ipp://localhost/jobs/\(id)")
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nil, cupsUser())

        // cupsDoRequest frees the request; the response, if any, is ours.
        let response = cupsDoRequest(connection.http, request, "/").map(IPPMessage.init(taking:))
        guard let response, CupsConnection.lastCallSucceeded() else {
            let details = CupsConnection.lastErrorMessage()
            if CupsConnection.lastCallFoundNothing() { throw .jobNotFound(id) }
            throw .requestFailed("Get-Job-Attributes", server: description, details: details)
        }
        guard let state = response.integer("job-state").flatMap(PrintJob.State.init(rawValue:)) else {
            throw .requestFailed("Get-Job-Attributes", server: description, details: "no job-state in the reply")
        }
        let message = response.strings("job-printer-state-message").first
        return PrintJob(
            id: id,
            state: state,
            reasons: response.strings("job-state-reasons").filter { $0 != "none" },
            message: message.flatMap { $0.isEmpty ? nil : $0 },
            name: response.strings("job-name").first)
    }
}
