import Foundation

// MARK: - WorkbookFolder

/// A fresh folder per test, removed when the value is released, so parallel tests never share
/// files and a test can check that nothing but what it expects is left in it.
final class WorkbookFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "qm-spreadsheet-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Every name in the folder, hidden temporary files included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
