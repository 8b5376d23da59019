import Foundation

// MARK: - LabelTemplateLibrary

/// Finds templates by name: `NAME` is `labels/NAME.yaml` under the current directory (a
/// checkout, or an office's own edited copy), then under `$QM_LABELS`, then the packaged
/// `/usr/share/quartermaster/labels`. The first match wins, so an office can override one
/// shipped template without copying the rest.
public struct LabelTemplateLibrary: Sendable, Hashable {
    /// Folders searched, in order.
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The standard search order for a process in `currentDirectory` with `environment`.
    public static func standard(currentDirectory: String, environment: [String: String]) -> LabelTemplateLibrary {
        var folders = [currentDirectory + "/labels"]
        if let custom = environment["QM_LABELS"], !custom.isEmpty { folders.append(custom) }
        folders.append("/usr/share/quartermaster/labels")
        return LabelTemplateLibrary(folders: folders)
    }

    /// The file a name resolves to. A name with a slash or a `.yaml` ending is taken as a path.
    public func path(for name: String) throws(LabelError) -> String {
        if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            guard FileManager.default.fileExists(atPath: name) else { throw .templateNotFound(name, searched: [name]) }
            return name
        }
        let candidates = folders.map { "\($0)/\(name).yaml" }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw .templateNotFound(name, searched: folders)
        }
        return found
    }

    /// Reads and checks the template `name`.
    public func template(named name: String) throws(LabelError) -> LabelTemplate {
        try LabelTemplate(contentsOf: path(for: name))
    }

    /// Names of every template in the search folders (first occurrence wins), sorted.
    public func availableNames() -> [String] {
        var names: Set<String> = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".yaml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }
}
