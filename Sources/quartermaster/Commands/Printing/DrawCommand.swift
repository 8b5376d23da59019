import ArgumentParser
import Foundation
import Rendering

/// `quartermaster draw`: one document, ordered as JSON on standard input (`DocumentOrder`),
/// drawn as PDF on standard output. Not for people: the running station starts it once per
/// slip, badge or roll call (`ChildProcessDrawing`), so that the rendering libraries and fonts
/// are loaded into this short process and leave with it.
struct DrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Draw one document ordered as JSON on standard input, as PDF on standard output (used by the running station).",
        shouldDisplay: false)

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let order: DocumentOrder
        do {
            order = try JSONDecoder().decode(DocumentOrder.self, from: input)
        } catch {
            throw CommandFailure("The document order on standard input is not one this version reads: \(error)")
        }
        do {
            let pdf = try order.pdf()
            FileHandle.standardOutput.write(Data(pdf))
        } catch {
            throw CommandFailure("The \(order.summary) could not be drawn: \(error)")
        }
    }
}
