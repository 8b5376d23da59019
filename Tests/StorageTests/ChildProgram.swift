import Foundation
import QuartermasterTesting

/// Another program run to its end, as the station's own binary or a tool (strace) would be.
/// Spawned with posix_spawn and waited for with waitpid: Foundation's `Process` learns of a
/// child's exit through a descriptor the child inherits, which a traced child may keep open.
enum ChildProgram {
    typealias Result = ChildProcess.Result

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The `quartermaster` binary SwiftPM built with the tests (`swift build --build-tests`).
    static func quartermaster() throws -> String {
        if let built = ChildProcess.quartermasterBinary() { return built }
        throw Missing(description: "the quartermaster binary is not built: run `swift build --build-tests` first (or set QM_BINARY)")
    }

    static func which(_ tool: String) throws -> String { try ChildProcess.which(tool) }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        try ChildProcess.run(executable, arguments)
    }
}
