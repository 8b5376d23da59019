import Foundation
import Scanning
import Testing

/// Recordings made here (no devices) through xkb keymaps, committed under `Fixtures/`, and
/// decoded back exactly. Regenerate them with `QM_WRITE_FIXTURES=1 swift test --filter
/// EvdevFixtureTests`; otherwise the test checks the committed files are what the generator
/// makes, so a change to the encoder cannot silently change the fixtures.
@Suite struct EvdevFixtureTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        var file: String
        var layout: String
        var scans: [String]
        var style = KeyEncodingStyle()
        var testDescription: String { file }
    }

    static let gs1 = "]C1" + "0109501101530003" + "17250101" + "10ABC123" + "\u{1D}" + "21SN-42"

    static let fixtures: [Fixture] = [
        Fixture(file: "us-basic", layout: "us", scans: [
            "E1001", "YPQ-2024-001", "6901234000016", "Hello, World! @#$%^&*()_+{}|:\"<>?~`", "a\\b/c[d]e;f'g,h.i=j-k",
        ]),
        Fixture(file: "de-qwertz", layout: "de", scans: ["123/456", "Zy-7/", "HA112", "a@b.de", "^1 `2 ~3", "ÄÖÜäöüß°€"]),
        Fixture(file: "fr-azerty", layout: "fr", scans: ["HA112", "123/456", "a@b.fr", "é&\"'(-è_çà)=", "YPQ-2024-001"]),
        Fixture(file: "gb", layout: "gb", scans: ["£5 #3 ~\\|\"@", "E2001", "FA-000123"]),
        Fixture(file: "alt-keypad", layout: "us", scans: ["ITM-PAPER", "GS1\u{1D}test", "张三 Zhang"],
                style: KeyEncodingStyle(altKeypadForAll: true)),
        Fixture(file: "gs1-ctrl-bracket", layout: "us", scans: [gs1, "\u{1D}0106901234000016"]),
        Fixture(file: "gs1-alt-029", layout: "de", scans: [gs1], style: KeyEncodingStyle(groupSeparator: .altKeypad)),
        Fixture(file: "capslock-on", layout: "us", scans: ["ABC-123-xyz"], style: KeyEncodingStyle(capsLock: true)),
        // The kiosk end-to-end test replays this one with --scanner-layout de.
        Fixture(file: "kiosk-pickup-de", layout: "de", scans: [
            "E1001", "YPQ-2024-001", "6", "6901234000016", "6901234000030", "6901234000030", "6901234000030",
            "6901234000337", "E3001", "E2001",
        ]),
        // The count end-to-end test replays these two, before and after a SIGKILL.
        Fixture(file: "kiosk-count-1-us", layout: "us", scans: [
            "QM-MODE-COUNT", "100231", "LOC-HQ-301", "FA-000001", "FA-000009", "LOC-HQ-302", "FA-000004", "FA-000002",
        ]),
        Fixture(file: "kiosk-count-2-us", layout: "us", scans: [
            "QM-MODE-COUNT", "100231", "LOC-HQ-302", "FA-000006", "FA-000001", "FA-000005",
        ]),
    ]

    /// The recording the generator makes for a fixture (for capslock-on, a plain scan follows
    /// the CapsLock one, to show it is not inverted).
    static func recording(_ fixture: Fixture) throws -> EvemuRecording {
        let layout = try KeyboardLayout(layout: fixture.layout)
        var events = try KeyboardTyping.events(fixture.scans, layout: layout, style: fixture.style)
        if fixture.file == "capslock-on" {
            let after = try KeyEventEncoder(layout: layout).events(
                typing: "abc-123-XYZ", startingAt: (events.last?.time ?? .zero) + .milliseconds(500))
            events += after
        }
        return EvemuRecording(name: "Quartermaster fixture \(fixture.file) (\(fixture.layout))", vendor: 0x0c2e, product: 0x0b81, events: events)
    }

    static func expected(_ fixture: Fixture) -> [String] {
        fixture.file == "capslock-on" ? fixture.scans + ["abc-123-XYZ"] : fixture.scans
    }

    static func committed(_ fixture: Fixture) throws -> String {
        let url = try #require(Bundle.module.url(forResource: fixture.file, withExtension: "evemu", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: fixtures)
    func committedRecordingDecodesExactly(_ fixture: Fixture) throws {
        let generated = try Self.recording(fixture).text
        if ProcessInfo.processInfo.environment["QM_WRITE_FIXTURES"] == "1" {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
            try generated.write(to: folder.appendingPathComponent(fixture.file + ".evemu"), atomically: true, encoding: .utf8)
        }
        let text = try Self.committed(fixture)
        #expect(text == generated, "Fixtures/\(fixture.file).evemu differs from what the generator makes")
        let recording = try EvemuRecording(parsing: text)
        let scans = try KeyboardTyping.decode(recording.events, layout: KeyboardLayout(layout: fixture.layout))
        #expect(scans.map(\.text) == Self.expected(fixture).map(Optional.some))
        #expect(scans.allSatisfy { $0.problem == nil && $0.ending == .enter })
        #expect(recording.vendor == 0x0c2e && recording.product == 0x0b81)
    }

    @Test func germanRecordingReadAsUSIsWrongLikeAWedgeWouldBe() throws {
        // Why the layout setting matters: the German scanner's "Zy-7/" typed into a US host.
        let fixture = try #require(Self.fixtures.first { $0.file == "de-qwertz" })
        let recording = try EvemuRecording(parsing: try Self.committed(fixture))
        let scans = try KeyboardTyping.decode(recording.events, layout: KeyboardLayout(layout: "us"))
        #expect(scans[0].text == "123&456")
        #expect(scans[1].text == "Yz/7&")
    }
}
