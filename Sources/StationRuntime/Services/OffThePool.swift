internal import Dispatch

/// Runs blocking work (SQLite, cairo, device reads) on a dispatch queue and awaits its
/// result, so the cooperative pool's few threads are never held by it.
enum OffThePool {
    static func run<T: Sendable>(on queue: DispatchQueue, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}
