import Foundation
import QuartermasterTesting
import Testing

// MARK: - ImageDecodingTools

/// Runs the outside tools that make test images (zint, qrencode, cjpeg) in a temporary folder.
/// Images are made at test time rather than checked in, so what they encode is visible in the
/// test. A missing tool fails the test with its name: nothing is skipped silently.
struct ImageDecodingTools {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "qm-images-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder + "/" + name }

    func removeAll() { try? FileManager.default.removeItem(atPath: folder) }

    /// Runs `tool` with `arguments`; throws when it is missing or fails.
    func run(_ tool: String, _ arguments: [String]) throws {
        let executable = try Self.which(tool)
        // ChildProcess (posix_spawn, waitpid), not Foundation's Process, whose wait can miss
        // the end of a child and hang the test run. Every path given is absolute.
        let result = try ChildProcess.run(executable, arguments)
        guard result.status == 0 else {
            throw ToolFailed(tool: tool, status: result.status, message: result.error)
        }
    }

    /// A PNG from zint: `symbology` is zint's barcode number (13 EAN-13, 20 Code 128).
    func zint(_ symbology: Int, _ data: String, to name: String, extra: [String] = []) throws -> String {
        try run("zint", ["-b", "\(symbology)", "-d", data, "-o", path(name)] + extra)
        return path(name)
    }

    /// A PNG QR code from libqrencode's own tool, 8-bit mode, 4 pixels per module.
    func qrencode(_ data: String, to name: String) throws -> String {
        try run("qrencode", ["-8", "-s", "4", "-m", "4", "-o", path(name), data])
        return path(name)
    }

    /// A JPEG made by libjpeg-turbo's `cjpeg` from a PGM written here; with `colour`, from a
    /// PPM tinted blue, so the JPEG is YCbCr rather than grayscale.
    func jpeg(from gray: [UInt8], width: Int, height: Int, to name: String, quality: Int = 90,
              colour: Bool = false) throws -> String {
        let source = path(name + (colour ? ".ppm" : ".pgm"))
        let header = Array("\(colour ? "P6" : "P5")\n\(width) \(height)\n255\n".utf8)
        let samples = colour ? gray.flatMap { [$0 / 2, $0 / 2 + $0 / 4, $0] } : gray
        try Data(header + samples).write(to: URL(fileURLWithPath: source))
        try run("cjpeg", ["-quality", "\(quality)", "-outfile", path(name), source])
        return path(name)
    }

    func bytes(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    static func which(_ tool: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw ToolFailed(tool: tool, status: -1, message: "not installed: run scripts/bootstrap")
    }

    struct ToolFailed: Error, CustomStringConvertible {
        var tool: String
        var status: Int32
        var message: String
        var description: String { "\(tool) failed (\(status)): \(message)" }
    }
}
