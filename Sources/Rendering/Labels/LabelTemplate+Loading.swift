import Foundation
import Yams

// MARK: - Reading templates

extension LabelTemplate: YAMLTemplate {
    // MARK: Checking

    /// Everything the YAML types cannot say: sizes that are positive, a resolution printers
    /// have, and elements that stay on the label.
    public func validate(source: String) throws(LabelError) {
        func fail(_ reason: String) -> LabelError { .templateInvalid(source, reason: reason) }
        guard size.width > 0, size.height > 0, size.width <= 1000, size.height <= 1000 else {
            throw fail("size \(size.width) × \(size.height) mm is not a label size (0–1000 mm)")
        }
        guard dpi.isFinite, (100...1200).contains(dpi) else {
            throw fail("dpi \(dpi) is not a printer resolution (100–1200)")
        }
        if let slip, !(slip.margin >= 0 && slip.margin * 2 < size.width) {
            throw fail("the slip margin \(slip.margin) mm leaves nothing to print on")
        }
        let label = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for (index, element) in elements.enumerated() {
            let number = index + 1
            let box: LabelBox?
            switch element {
            case let .qr(qr):
                box = qr.box
                if let dots = qr.minModuleDots, !(2...40).contains(dots) {
                    throw fail("element \(number): minModuleDots \(dots) is outside 2–40")
                }
            case let .text(text):
                box = text.box
                guard text.size > 0, (text.minSize ?? text.size) > 0, (text.minSize ?? text.size) <= text.size else {
                    throw fail("element \(number): text sizes must be positive with minSize ≤ size")
                }
                if let lines = text.maxLines, lines < 1 { throw fail("element \(number): maxLines must be at least 1") }
            case let .code128(code):
                box = code.box
                if let dots = code.minModuleDots, !(1...20).contains(dots) {
                    throw fail("element \(number): minModuleDots \(dots) is outside 1–20")
                }
            case let .line(line):
                box = nil
                for point in [line.from, line.to] where !label.contains(Rect(x: point.x, y: point.y, width: 0, height: 0)) {
                    throw fail("element \(number): the line leaves the \(size.width) × \(size.height) mm label")
                }
            case let .box(box_):
                box = box_.box
            }
            if let box {
                guard box.width > 0, box.height > 0, label.contains(box.rect) else {
                    throw fail("element \(number): its box \(box.x),\(box.y) \(box.width) × \(box.height) mm "
                        + "is empty or leaves the \(size.width) × \(size.height) mm label")
                }
            }
        }
    }

    /// A decoding error as a person can act on it: where in the file, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { $0.intValue.map { "element \($0 + 1)" } ?? $0.stringValue }
            return parts.isEmpty ? "the top level" : parts.joined(separator: " → ")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "\(path(context.codingPath)) has no \"\(key.stringValue)\""
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
