import Foundation

/// A report written as it is made, 64 KiB at a time, to a file (through a temporary file beside
/// it, renamed into place at the end, as `Data.write(options: .atomic)` did before: the file is
/// always one whole report) or to standard output: a 100,000-row CSV is never one string.
struct ReportFileOutput: TextOutputStream {
    private let handle: FileHandle
    /// The file being written and where it goes at `finish()`; nil for standard output.
    private let paths: (partial: String, final: String)?
    private var buffer: [UInt8] = []
    private var failure: (any Error)?

    /// Writes to `path`, or standard output when nil.
    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            paths = nil
            buffer.reserveCapacity(Self.chunk)
            return
        }
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
        guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial) else {
            throw CommandFailure("Cannot write \(path): cannot create a file in \(url.deletingLastPathComponent().path); check the folder exists and is writable.")
        }
        self.handle = handle
        paths = (partial, path)
        buffer.reserveCapacity(Self.chunk)
    }

    static let chunk = 64 * 1024

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    mutating func write(_ data: Data) {
        flush()
        guard failure == nil else { return }
        do { try handle.write(contentsOf: data) } catch { failure = error }
    }

    private mutating func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        do { try handle.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts the file in place; throws the first write error (the
    /// partial file removed).
    mutating func finish() throws {
        flush()
        guard let paths else {
            if let failure { throw CommandFailure("Cannot write the report: \(failure.localizedDescription)") }
            return
        }
        do {
            if let failure { throw failure }
            try handle.synchronize()
            try handle.close()
            if rename(paths.partial, paths.final) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: paths.partial)
            throw CommandFailure("Cannot write \(paths.final): \(error.localizedDescription)")
        }
    }
}
