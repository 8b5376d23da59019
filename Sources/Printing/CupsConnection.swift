internal import CCups

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// One open connection (`http_t`) to a CUPS scheduler, closed when this object goes away.
///
/// Each operation opens its own connection and drops it when done: libcups' default
/// connection belongs to whichever thread first used it, which async code cannot control.
final class CupsConnection {
    // MARK: Owned C object

    /// The connection, for libcups calls made by this module.
    let http: OpaquePointer

    // MARK: Connecting

    /// Connects (blocking, with the server's connect timeout) and bounds every later read and
    /// write on the connection by the server's I/O timeout.
    ///
    /// Connecting is a separate step (`httpReconnect2`) so the failure reason can be read
    /// from the connection before it is closed; `httpConnect2` would close it first and
    /// leave only a clobbered `errno`.
    init(to server: PrintServer) throws(PrintingError) {
        let (host, port) = server.address.hostAndPort
        let milliseconds = Self.milliseconds(server.connectTimeout)
        guard
            let http = httpConnect2(
                host, Int32(clamping: port), nil, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 0, nil)
        else {
            throw .serverUnreachable(server.description, details: "cannot resolve \(host)")
        }
        guard httpReconnect2(http, Int32(clamping: max(milliseconds, 1)), nil) == 0 else {
            let reason = Self.connectFailure(host: host, port: port, code: httpError(http))
            httpClose(http)
            throw .serverUnreachable(server.description, details: reason)
        }
        // No callback: when a wait times out, the call fails (ETIMEDOUT) instead of asking
        // whether to go on waiting.
        httpSetTimeout(http, Double(max(Self.milliseconds(server.ioTimeout), 1)) / 1000, nil, nil)
        self.http = http
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let parts = duration.components
        return parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
    }

    /// Says why nothing answered, in words more useful than libcups' errno (it reports a
    /// refused connection as "Host is down").
    private static func connectFailure(host: String, port: Int, code: Int32) -> String {
        let libcups = code != 0 ? String(cString: strerror(code)) : "no error code"
        guard host.hasPrefix("/") else {
            return "nothing answered on port \(port) of \(host); libcups: \(libcups)"
        }
        var status = stat()
        guard stat(host, &status) == 0 else {
            return "there is no socket file at \(host)"
        }
        return "the socket file exists but no scheduler accepts connections on it; libcups: \(libcups)"
    }

    deinit {
        httpClose(http)
    }

    // MARK: Errors

    /// libcups' message for the last failed call on this thread (nil if it has none).
    static func lastErrorMessage() -> String? {
        guard let message = cupsLastErrorString() else { return nil }
        let text = String(cString: message)
        return text.isEmpty ? nil : text
    }

    /// Whether libcups' last status on this thread is a success.
    static func lastCallSucceeded() -> Bool {
        cupsLastError().rawValue <= IPP_STATUS_OK_EVENTS_COMPLETE.rawValue
    }

    /// Whether libcups' last status on this thread means "no such object".
    static func lastCallFoundNothing() -> Bool {
        cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND
    }
}
