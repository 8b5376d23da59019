import Foundation
@testable import Rendering

// MARK: - LabelFixtures

/// The shipped templates and field values that fill them, shared by the label tests.
enum LabelFixtures {
    /// The package root, found from this file so tests run from any directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let library = LabelTemplateLibrary(folders: [packageRoot + "/labels"])

    static let shippedNames = [
        "asset-62x29", "asset-2x1in", "location", "mode-card", "visitor-badge-62x100",
        "pickup-slip-80mm", "pickup-slip-58mm", "pickup-slip-a5", "count-report-a4",
    ]

    static let chineseName = "张三的笔记本电脑"

    /// Values for every field any shipped template prints.
    static let fields: [String: String] = [
        "tag": "FA-000123", "name": chineseName, "location": "LOC-HQ-2F-201", "visit": "V-2024-0301-007",
        "host": "李经理", "company": "北京某某科技有限公司", "date": "2024-03-01", "session": "CNT-2024Q1-HQ",
        "auditor": "王审计 (E2031)", "expected": "120", "found": "112", "moved": "3", "missing": "4", "surplus": "1",
    ]

    static func template(_ name: String) throws -> LabelTemplate {
        try library.template(named: name)
    }

    /// Reference images committed beside the tests.
    static func reference(_ name: String) -> String {
        packageRoot + "/Tests/RenderingTests/References/" + name
    }
}
