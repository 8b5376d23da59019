import Foundation
import QuartermasterCore
@testable import Rendering
import Testing

// MARK: - LabelTemplateTests

/// The template files as the office edits them: every shipped one reads and renders, fields
/// are found and filled, and mistakes come back as messages that say what to fix.
@Suite struct LabelTemplateTests {
    @Test("every shipped template parses, and every label template renders to PDF and PNG", arguments: LabelFixtures.shippedNames)
    func shippedTemplates(name: String) throws {
        let template = try LabelFixtures.template(name)
        #expect(template.name == name)
        let renderer = LabelRenderer(template: template)
        if let paper = template.slipPaper {
            #expect(paper.widthMM == template.size.width)
            #expect(template.elements.isEmpty)
            let error = #expect(throws: LabelError.self) { try renderer.render(LabelFixtures.fields, as: .pdf) }
            #expect(error?.code == .formatUnsupported)
            #expect(error?.description.contains("SlipRenderer") == true)
            let slip = try SlipRenderer(language: .simplifiedChinese, timeZone: SlipFixtures.shanghai, paper: paper)
                .pdf(SlipFixtures.slip())
            #expect(slip.starts(with: Array("%PDF-".utf8)))
        } else {
            let pdf = try renderer.render(LabelFixtures.fields, as: .pdf)
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
            let png = try renderer.render(LabelFixtures.fields, as: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let page = try renderer.page(LabelFixtures.fields)
            let label = Rect(x: 0, y: 0, width: template.size.width, height: template.size.height)
            for command in page.commands {
                #expect(label.contains(command.bounds, tolerance: 0.05), "\(command) leaves the label")
            }
        }
    }

    @Test("the asset tag asks for tag and prints name only when given")
    func fieldsOfTheAssetTag() throws {
        let template = try LabelFixtures.template("asset-62x29")
        #expect(template.fieldNames == ["tag", "name", "owner"])
        #expect(template.requiredFields == ["tag"])
        let page = try LabelRenderer(template: template).page(["tag": "FA-000123"])
        let texts = page.commands.compactMap { command -> String? in
            if case let .text(string, _, _) = command { string } else { nil }
        }
        #expect(texts == ["FA-000123", "固定资产 Fixed asset"])
    }

    @Test("a missing required field is an error naming the field and the template")
    func missingField() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("visitor-badge-62x100"))
        let error = #expect(throws: LabelError.self) {
            try renderer.render(["name": "张三", "visit": "V-1"], as: .png)
        }
        #expect(error?.code == .missingField)
        #expect(error?.description.contains("\"host\"") == true)
        #expect(error?.description.contains("visitor-badge-62x100") == true)
        #expect(error?.description.contains("--set host=") == true)
        #expect(error?.message(in: .simplifiedChinese).contains("缺少字段“host”") == true)
    }

    @Test("an empty tag counts as missing rather than printing an empty QR code")
    func emptyRequiredField() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        let error = #expect(throws: LabelError.self) { try renderer.render(["tag": ""], as: .pdf) }
        #expect(error?.code == .missingField)
    }

    @Test("in a batch, the error names the line of the CSV file")
    func batchLine() throws {
        let renderer = LabelRenderer(template: try LabelFixtures.template("asset-62x29"))
        let table = CSVTable(parsing: "tag,name\nFA-1,a\n\n\"FA-2\",\"two\nlines\"\n,no tag\n", file: "assets.csv")
        let error = #expect(throws: LabelError.self) {
            try renderer.pdf(table.labelRecords, lines: table.labelLines)
        }
        #expect(error?.code == .missingField)
        #expect(error?.description.hasPrefix("Line 6 of the CSV: No value for the field \"tag\"") == true, "\(error?.description ?? "")")

        let counted = #expect(throws: LabelError.self) { try renderer.pdf([["tag": "FA-1"], ["name": "no tag"]]) }
        #expect(counted?.description.hasPrefix("Line 3 of the CSV: ") == true)
    }

    @Test("field text: placeholders, literal braces, and mistakes", arguments: [
        ("{tag}", ["tag"], "FA-1"),
        ("接待人 Host: {host}", ["host"], "接待人 Host: 李"),
        ("{{literal}} {tag}", ["tag"], "{literal} FA-1"),
        ("no fields", [], "no fields"),
    ])
    func fieldText(text: String, names: [String], filled: String) throws {
        let template = try LabelFieldTemplate(text)
        #expect(template.fieldNames == names)
        #expect(try template.fill(["tag": "FA-1", "host": "李"], defaults: [:], template: "t") == filled)
    }

    @Test("unbalanced braces are reported when the template is read", arguments: ["{tag", "tag}", "{}", "a { b"])
    func badFieldText(text: String) {
        let error = #expect(throws: LabelError.self) { try LabelFieldTemplate(text) }
        #expect(error?.code == .templateInvalid)
    }

    @Test("a template with an element off the label, or bad YAML, says where", arguments: [
        ("name: x\nsize: {width: 20, height: 10}\ndpi: 300\nelements:\n  - type: box\n    box: {x: 15, y: 1, width: 10, height: 5}\n",
         "element 1"),
        ("name: x\nsize: {width: 20, height: 10}\ndpi: 300\nelements:\n  - type: qr\n    box: {x: 1, y: 1, width: 5, height: 5}\n",
         "data"),
        ("name: x\nsize: {width: 20, height: 10}\ndpi: 30\nelements: []\n", "dpi 30"),
        ("name: x\nsize: {width: 20, height: 10}\ndpi: 300\nelements:\n  - type: circle\n", "circle"),
    ])
    func invalidTemplates(yaml: String, mention: String) {
        let error = #expect(throws: LabelError.self) { try LabelTemplate(yaml: yaml, source: "test.yaml") }
        #expect(error?.code == .templateInvalid)
        #expect(error?.description.contains("test.yaml") == true)
        #expect(error?.description.contains(mention) == true, "\(error?.description ?? "")")
    }

    @Test("templates are found in labels/ of the current folder first, then QM_LABELS, then /usr/share")
    func lookup() throws {
        let directory = try TemporaryDirectory()
        let custom = directory.path("custom")
        try FileManager.default.createDirectory(atPath: custom, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: LabelFixtures.packageRoot + "/labels/location.yaml", toPath: custom + "/location.yaml")

        let library = LabelTemplateLibrary.standard(currentDirectory: LabelFixtures.packageRoot, environment: ["QM_LABELS": custom])
        #expect(library.folders == [LabelFixtures.packageRoot + "/labels", custom, "/usr/share/quartermaster/labels"])
        #expect(try library.path(for: "location") == LabelFixtures.packageRoot + "/labels/location.yaml")

        let elsewhere = LabelTemplateLibrary.standard(currentDirectory: directory.path("none"), environment: ["QM_LABELS": custom])
        #expect(try elsewhere.path(for: "location") == custom + "/location.yaml")
        let error = #expect(throws: LabelError.self) { try elsewhere.template(named: "asset-62x29") }
        #expect(error?.code == .templateNotFound)
        #expect(error?.description.contains("QM_LABELS") == true)
        #expect(error?.description.contains(custom) == true)
    }

    @Test("YAML round trip keeps the model")
    func roundTrip() throws {
        let template = try LabelFixtures.template("location")
        let data = try JSONEncoder().encode(template)
        #expect(try JSONDecoder().decode(LabelTemplate.self, from: data) == template)
    }

    @Test("the output format follows the file extension", arguments: [
        ("tag.png", LabelFormat.png), ("x/y.PDF", .pdf), ("a.zpl", .zpl), ("r.escpos", .escpos), ("r.bin", .escpos),
    ])
    func formatFromExtension(file: String, format: LabelFormat) {
        #expect(LabelFormat(fileName: file) == format)
        #expect(LabelFormat(fileName: "noextension") == nil)
    }
}
