import Foundation
import Synchronization

/// A TCP proxy on 127.0.0.1 between the station and the centre that can cut the link in the
/// middle of a response: the centre has done the work and begun to answer, and the station
/// hears only part of it (a cable pulled, a Wi-Fi handover). Requests pass whole; from the
/// moment `cutResponses(after:)` is set, each response is cut after that many bytes.
public final class DroppingProxy: Sendable {
    /// The port stations connect to.
    public let port: Int
    private let upstreamPort: Int
    private let listener: Int32
    private let cutAfter = Mutex<Int?>(nil)
    private let cutCount = Mutex(0)

    /// Connections cut so far.
    public var cuts: Int { cutCount.withLock { $0 } }

    public init(upstreamPort: Int) throws {
        self.upstreamPort = upstreamPort
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ListenerError("socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(fd, address, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, address, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw ListenerError("cannot listen on 127.0.0.1: \(String(cString: strerror(errno)))")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Cuts every response after `bytes` bytes from now on (nil: relay them whole again).
    public func cutResponses(after bytes: Int?) {
        cutAfter.withLock { $0 = bytes }
    }

    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    // MARK: Relaying

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let upstream = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: upstreamPort)
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            guard connected else {
                Glibc.close(upstream)
                Glibc.close(client)
                continue
            }
            let limit = cutAfter.withLock { $0 }
            // Each descriptor is closed once, after both directions have stopped using it.
            let running = Mutex(2)
            let finish: @Sendable () -> Void = {
                if running.withLock({ $0 -= 1; return $0 }) == 0 {
                    Glibc.close(client)
                    Glibc.close(upstream)
                }
            }
            Thread.detachNewThread {
                Self.relay(from: client, to: upstream, limit: nil, onCut: {})
                finish()
            }
            Thread.detachNewThread { [self] in
                Self.relay(from: upstream, to: client, limit: limit) { cutCount.withLock { $0 += 1 } }
                finish()
            }
        }
    }

    /// Copies bytes until either side closes, or until `limit` bytes have passed, when both
    /// connections are shut down (the other direction's thread then ends too).
    private static func relay(from source: Int32, to destination: Int32, limit: Int?, onCut: () -> Void) {
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        var passed = 0
        defer {
            shutdown(source, Int32(SHUT_RDWR))
            shutdown(destination, Int32(SHUT_RDWR))
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var allowed = count
            if let limit { allowed = min(count, limit - passed) }
            var sent = 0
            while sent < allowed {
                let wrote = buffer.withUnsafeBytes { write(destination, $0.baseAddress! + sent, allowed - sent) }
                guard wrote > 0 else { return }
                sent += wrote
            }
            passed += allowed
            if let limit, passed >= limit {
                onCut()
                return
            }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
