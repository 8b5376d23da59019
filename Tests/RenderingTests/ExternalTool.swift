import Foundation
import QuartermasterTesting

// MARK: - ExternalTool

/// Runs a command-line tool (poppler's pdftotext/pdftoppm/pdfinfo, zbar's zbarimg) the way a
/// person would check our output. A missing tool is a test failure with an install hint, never
/// a silent skip.
struct ExternalTool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    let name: String
    let package: String
    let path: String

    /// Finds `name` on PATH or says which Debian package to install.
    init(_ name: String, package: String) throws {
        self.name = name
        self.package = package
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = directories.map({ "\($0)/\(name)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Failure(description: "\(name) is not on PATH; install the Debian package \(package) (scripts/bootstrap does)")
        }
        self.path = found
    }

    /// Runs the tool to completion; a non-zero exit is an error carrying its stderr.
    @discardableResult
    func run(_ arguments: [String], in directory: TemporaryDirectory) throws -> Output {
        // ChildProcess (posix_spawn, waitpid), not Foundation's Process, whose wait can miss
        // the end of a child and hang the test run.
        let result = try ChildProcess.run(path, arguments)
        let output = Output(status: result.status, stdout: Array(result.output.utf8), stderr: result.error)
        guard output.status == 0 else {
            throw Failure(description: "\(name) \(arguments.joined(separator: " ")) exited with \(output.status): \(output.stderr)")
        }
        return output
    }
}
