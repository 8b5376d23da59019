import Foundation
import Yams

/// A template kept as a YAML file in `labels/` (a label, a badge, a slip, the count report):
/// read the same way, with the same messages, and then checked for what its YAML types cannot
/// say by the template itself.
public protocol YAMLTemplate: Decodable {
    /// Refuses a template that decodes but cannot be printed; `source` names the file.
    func validate(source: String) throws(LabelError)
}

extension YAMLTemplate {
    /// Reads a template from YAML text and checks it; `source` names the file in messages.
    public init(yaml: String, source: String) throws(LabelError) {
        let template: Self
        do {
            template = try YAMLDecoder().decode(Self.self, from: yaml)
        } catch let error as DecodingError {
            throw .templateInvalid(source, reason: LabelTemplate.describe(error))
        } catch {
            throw .templateInvalid(source, reason: "it is not valid YAML (\(error))")
        }
        try template.validate(source: source)
        self = template
    }

    /// Reads the template file at `path`.
    public init(contentsOf path: String) throws(LabelError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .templateNotFound(path, searched: [path])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .templateInvalid(path, reason: "it is not UTF-8 text")
        }
        try self.init(yaml: text, source: path)
    }
}
