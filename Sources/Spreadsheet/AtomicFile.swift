import Foundation

/// A file that appears whole or not at all: written under a temporary name in the same folder
/// (so the rename cannot cross file systems), synced, then renamed over the destination. A
/// failed or interrupted export leaves the previous file, if any, untouched, and no half file
/// under the real name.
struct AtomicFile {
    /// Where the file ends up, as the person gave it.
    let path: String
    /// The temporary neighbour the content is written to first: `.NAME.XXXXXXXX.tmp`, hidden.
    let temporaryPath: String

    /// Reserves the temporary name by creating it empty, which also proves the folder exists and
    /// is writable before any work is done. Created like any new file (0666 less the umask), so
    /// the export can be read by whoever reads the folder.
    init(path: String) throws(SpreadsheetError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = folder + "." + name + "." + UUID().uuidString.prefix(8) + ".tmp"
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: Self.systemReason()) }
        close(descriptor)
    }

    /// Makes the written temporary file durable and puts it in place of `path`.
    func commit() throws(SpreadsheetError) {
        try sync(temporaryPath, flags: O_RDONLY)
        guard rename(temporaryPath, path) == 0 else { throw .cannotWrite(path, reason: Self.systemReason()) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        try sync(folder, flags: O_RDONLY | O_DIRECTORY)
    }

    /// Removes the temporary file (after a failure; harmless if it is already gone).
    func discard() {
        unlink(temporaryPath)
    }

    private func sync(_ file: String, flags: Int32) throws(SpreadsheetError) {
        let descriptor = open(file, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: Self.systemReason()) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .cannotWrite(path, reason: Self.systemReason()) }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
