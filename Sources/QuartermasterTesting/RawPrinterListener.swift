public import Foundation
import Synchronization

/// A pretend network label printer: listens on 127.0.0.1, takes connections like a Zebra
/// on port 9100 does, and keeps every byte it receives.
public final class RawPrinterListener: Sendable {
    // MARK: State

    /// The port it listens on (chosen by the kernel).
    public let port: Int
    private let socket: Int32
    private let received = Mutex<[UInt8]>([])
    private let connectionCount = Mutex(0)

    /// Everything received so far, over all connections.
    public var bytes: [UInt8] { received.withLock { $0 } }
    /// How many connections delivered at least one byte: one per printed job.
    public var deliveries: Int { connectionCount.withLock { $0 } }

    // MARK: Listening

    /// Listens on `port`, or on a port the kernel picks when it is 0. A printer that comes
    /// back after being switched off listens on its old port again: pass the old listener's.
    public init(port: Int = 0) throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ListenerError("socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(fd, address, length) == 0 && listen(fd, 4) == 0
                    && getsockname(fd, address, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw ListenerError("cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        socket = fd
        self.port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops listening; a blocked accept returns and the thread ends.
    public func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        Glibc.close(socket)
    }

    /// Waits (up to `timeout` seconds) until `count` jobs arrived; says whether they did.
    /// "Exactly once" is: the job reached its final state, one delivery arrived, and
    /// `waitForDeliveries(2, timeout: window)` is false.
    @discardableResult
    public func waitForDeliveries(_ count: Int, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while deliveries < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return deliveries >= count
    }

    private func acceptLoop() {
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            var delivered = false
            while true {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { break }
                received.withLock { $0.append(contentsOf: buffer[..<count]) }
                delivered = true
            }
            if delivered { connectionCount.withLock { $0 += 1 } }
            Glibc.close(connection)
        }
    }
}

/// The listener could not be set up (no socket, port taken).
public struct ListenerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
