import QuartermasterCore
import Testing

// MARK: - SafeFileNameTests

/// File names built from imported text stay one file inside their folder, readable when they
/// can be, and distinct when the originals are.
@Suite struct SafeFileNameTests {
    @Test("ordinary numbers are kept as they are", arguments: ["YPQ-2024-001", "领用-2024-一", "req_7+a.b", "FA-000123"])
    func kept(number: String) {
        #expect(SafeFileName.component(number) == number)
    }

    @Test("anything that could leave the folder or garble a listing is replaced", arguments: [
        "../../etc/x", "..", ".", "", "/", "a/b", "a\\b", ".hidden", "a\u{1B}[2Jb", "line\nbreak", "abc\u{202E}fdp", "a:b c", "张三／李四",
    ])
    func replaced(number: String) {
        let name = SafeFileName.component(number)
        #expect(!name.isEmpty)
        #expect(!name.contains("/"))
        #expect(!name.contains("\\"))
        #expect(!name.hasPrefix("."))
        #expect(!name.unicodeScalars.contains(where: TerminalText.needsEscaping))
        #expect(name != number)
    }

    @Test func examples() {
        #expect(SafeFileName.component("../../etc/x").hasPrefix("______etc_x-"))
        #expect(SafeFileName.component("张三／李四").hasPrefix("张三_李四-"))
    }

    @Test("different numbers never share a name, even when they clean up alike")
    func distinct() {
        let numbers = ["a/b", "a_b", "a:b", "a b", "a\\b", "../x", "__/x", "..", ".", ""]
        let names = numbers.map(SafeFileName.component)
        #expect(Set(names).count == numbers.count, "\(names)")
    }

    @Test("a very long number is cut, never over the limit")
    func long() {
        let name = SafeFileName.component(String(repeating: "领", count: 200))
        #expect(name.utf8.count <= SafeFileName.maximumBytes + 9)
        #expect(name != SafeFileName.component(String(repeating: "领", count: 201)))
    }
}
