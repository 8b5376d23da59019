import Foundation

/// Runs blocking `work` (waiting for a child process, polling for a listener) on a thread of
/// its own. On the cooperative pool it would hold one of its threads (two on a two-core
/// machine) for as long as it blocks, and the servers a test process runs in process (the
/// centre of the sync tests) would stop answering the very child the test waits for.
public func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
