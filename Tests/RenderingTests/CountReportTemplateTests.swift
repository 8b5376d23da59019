import Foundation
import QuartermasterCore
@testable import Rendering
import Testing

// MARK: - CountReportTemplateTests

/// The report's words and settings live in `labels/count-report.yaml`, found like every
/// label template and checked when read.
@Suite struct CountReportTemplateTests {
    static func shippedYAML() throws -> String {
        try String(contentsOfFile: LabelFixtures.packageRoot + "/labels/count-report.yaml", encoding: .utf8)
    }

    @Test("the shipped template is A4 with bilingual words, and is found through ./labels, $QM_LABELS and /usr/share")
    func shippedTemplate() throws {
        let template = try CountReportFixtures.template()
        #expect(template.paper == CountReportPaper(width: 210, height: 297, margin: 15))
        #expect(template.words.missing.string(in: .simplifiedChinese, bilingual: template.bilingual) == "盘亏 Missing")
        #expect(template.words.missing.string(in: .english, bilingual: false) == "Missing")

        let directory = try TemporaryDirectory()
        let custom = directory.path("custom")
        try FileManager.default.createDirectory(atPath: custom, withIntermediateDirectories: true)
        let reworded = try Self.shippedYAML().replacingOccurrences(of: "missing: { zh: 盘亏, en: Missing }", with: "missing: { zh: 盘亏, en: Deficit }")
        try reworded.write(toFile: custom + "/count-report.yaml", atomically: true, encoding: .utf8)
        let library = LabelTemplateLibrary.standard(currentDirectory: directory.path("nowhere"), environment: ["QM_LABELS": custom])
        let renderer = try CountReportRenderer(library: library, language: .english, timeZone: CountReportFixtures.shanghai)
        #expect(renderer.template.words.missing.en == "Deficit", "an office's own copy in $QM_LABELS is used")
    }

    @Test("no template anywhere is a clear not-found error naming the folders searched")
    func notFound() throws {
        let directory = try TemporaryDirectory()
        let library = LabelTemplateLibrary(folders: [directory.path("labels")])
        let error = #expect(throws: LabelError.self) { try library.countReportTemplate() }
        #expect(error?.code == .templateNotFound)
        #expect(error?.message(in: .english).contains(directory.path("labels")) == true)
    }

    @Test("bad templates are refused with the reason", arguments: [
        ("found: \"#388E3C\"", "found: \"green\"", "is not a #RRGGBB colour"),
        ("surplus: \"#42A5F5\"", "surplus: \"#3A8F3E\"", "print as almost the same gray"),
        ("  custodianSignature: { zh: 保管人签字, en: \"Custodian's signature\" }\n", "", "custodianSignature"),
        ("paper: { width: 210, height: 297, margin: 15 }", "paper: { width: 100, height: 297, margin: 15 }", "leaves under 120 × 150 mm"),
        ("barHeight: 4.2", "barHeight: 0.5", "barHeight must be 2–20 mm"),
    ])
    func refused(find: String, replace: String, reason: String) throws {
        let yaml = try Self.shippedYAML()
        #expect(yaml.contains(find))
        let error = #expect(throws: LabelError.self) {
            try CountReportTemplate(yaml: yaml.replacingOccurrences(of: find, with: replace), source: "count-report.yaml")
        }
        #expect(error?.code == .templateInvalid)
        #expect(error?.message(in: .english).contains(reason) == true, "\(error?.message(in: .english) ?? "")")
    }

    @Test("the one-location cover sheet stays a label template beside the report")
    func coverSheetStaysALabel() throws {
        let cover = try LabelFixtures.template("count-report-a4")
        #expect(cover.size.width == 210 && cover.size.height == 297)
        #expect(!cover.elements.isEmpty)
    }
}
