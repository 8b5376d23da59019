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
    /// The server this connection reaches, for error messages.
    let server: PrintServer

    // MARK: Connecting

    /// Connects (blocking, with the server's connect timeout).
    init(to server: PrintServer) throws(PrintingError) {
        let (host, port) = server.address.hostAndPort
        let milliseconds = server.connectTimeout.components.seconds * 1000
            + server.connectTimeout.components.attoseconds / 1_000_000_000_000_000
        errno = 0
        let http = httpConnect2(
            host, Int32(clamping: port), nil, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
            1, Int32(clamping: milliseconds), nil)
        guard let http else {
            let code = errno
            let reason = code != 0 ? String(cString: strerror(code)) : Self.lastErrorMessage()
            throw .serverUnreachable(server.description, details: reason)
        }
        self.http = http
        self.server = server
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
