internal import CCups

extension PrintServer {
    // MARK: Submitting

    /// Sends one document to a queue as a new job and returns the job's id.
    ///
    /// Uses Create-Job then Send-Document on a connection of its own, streaming the bytes,
    /// so the call works from any task. If sending fails after the job exists, the job is
    /// canceled so no half-sent label waits in the queue.
    ///
    /// `options` are IPP job template attributes as `lp -o` takes them, e.g.
    /// `["media": "w288h432", "copies": "2"]`; names the queue does not know are ignored
    /// by the scheduler.
    public func submit(
        _ document: [UInt8], format: PrintDocumentFormat, title: String, to queue: String,
        options: [String: String] = [:]
    ) throws(PrintingError) -> Int {
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
            cupsStartDocument(connection.http, queue, Int32(jobID), title, format.rawValue, 1)
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
            cupsCancelJob2(connection.http, queue, Int32(jobID), 0)
            throw .documentRejected(queue: queue, details: details)
        }
        return jobID
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
