public import Foundation
import Synchronization

/// A slow way to a print server: listens on a Unix socket of its own and forwards each
/// connection to a scheduler's Unix socket, but once a request carrying `marker` (a document's
/// content) has passed, holds the scheduler's answer back for `delay` seconds, once. A station
/// program sending that document hangs at the end of its submission for that long (CUPS has
/// the job and the document, the program has not heard), as one does on a swapping machine or
/// a half-dead network, while other programs reach the scheduler directly.
public final class SlowSchedulerProxy: Sendable {
    /// The socket it listens on (point a `PrintServer` at it).
    public let path: String
    private let socket: Int32
    private let target: String
    private let marker: [UInt8]
    private let delay: TimeInterval
    private let documentSeen = Mutex(false)
    private let held = Mutex(false)

    /// Listens on `path` (at most 107 bytes; an old socket file there is replaced).
    public init(listeningOn path: String, forwardingTo socketPath: String, holding marker: [UInt8], for delay: TimeInterval) throws {
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ListenerError("socket: \(String(cString: strerror(errno)))") }
        unlink(path)
        var address = Self.address(path)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 && listen(fd, 8) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw ListenerError("cannot listen on \(path): \(String(cString: strerror(errno)))")
        }
        socket = fd
        self.path = path
        target = socketPath
        self.marker = marker
        self.delay = delay
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops listening; connections already forwarded run to their end.
    public func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        Glibc.close(socket)
        unlink(path)
    }

    private static func address(_ path: String) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.utf8.prefix(bytes.count - 1).enumerated() { bytes[index] = byte }
        }
        return address
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            Thread.detachNewThread { [self] in forward(client) }
        }
    }

    private func forward(_ client: Int32) {
        let upstream = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.address(target)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
        guard upstream >= 0, connected else {
            Glibc.close(client)
            if upstream >= 0 { Glibc.close(upstream) }
            return
        }
        let answered = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            Self.pump(from: upstream, to: client) { _ in
                guard documentSeen.withLock({ $0 }), held.withLock({ wasHeld in defer { wasHeld = true }; return !wasHeld })
                else { return }
                Thread.sleep(forTimeInterval: delay)
            }
            answered.signal()
        }
        Self.pump(from: client, to: upstream) { [self] chunk in
            if chunk.count >= marker.count, !marker.isEmpty,
                (0...(chunk.count - marker.count)).contains(where: { chunk[$0..<($0 + marker.count)].elementsEqual(marker) })
            {
                documentSeen.withLock { $0 = true }
            }
        }
        answered.wait()
        Glibc.close(client)
        Glibc.close(upstream)
    }

    /// Copies bytes until `source` ends, then ends `destination`'s writing side; `before` sees
    /// each chunk before it is passed on (and may wait).
    private static func pump(from source: Int32, to destination: Int32, before: (ArraySlice<UInt8>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = read(source, &buffer, buffer.count)
            guard count > 0 else { break }
            before(buffer[..<count])
            var sent = 0
            while sent < count {
                let written = buffer[sent..<count].withUnsafeBytes { write(destination, $0.baseAddress, $0.count) }
                guard written > 0 else { break }
                sent += written
            }
            if sent < count { break }
        }
        shutdown(destination, Int32(SHUT_WR))
        shutdown(source, Int32(SHUT_RD))
    }
}
